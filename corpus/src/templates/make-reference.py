#!/usr/bin/env python3
"""Make corpus/src/templates/council-reference.docx, the Word template the corpus uses.

It starts from pandoc's own default reference document (pandoc --print-default-data-file
reference.docx) and changes it the way a council's document template is set up:

- Arial 11 pt, British English, A4 with 2.5 cm margins;
- Title, Subtitle and Heading styles in plain black Arial, left aligned;
- one multilevel list (numId 1) joined to the styles, so numbering is real Word numbering:
  Heading 1 prints "1.", style "Clause Level 2" prints "1.1", "Clause Level 3" prints "(a)";
- a "Typed Item" style (indented, not numbered) for documents that keep typed numbers;
- a running header with the document title (a TITLE field) and a footer "Page X of Y"
  (PAGE and NUMPAGES fields).

pandoc keeps the reference document's styles, numbering, header and footer, so every
document built with --reference-doc gets them. This script is run by hand when the template
changes; build-corpus.sh uses the committed .docx and does not need Python.

Usage: python3 make-reference.py [output.docx]
"""
import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
FIXED_TIME = (2012, 1, 1, 0, 0, 0)

FONT = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial" />'


def style(style_id, name, body, based_on=None, kind='paragraph', custom=True, next_style=None):
    attrs = f'w:type="{kind}"' + (' w:customStyle="1"' if custom else '') + f' w:styleId="{style_id}"'
    parts = [f'<w:name w:val="{name}" />']
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}" />')
    if next_style:
        parts.append(f'<w:next w:val="{next_style}" />')
    parts.append('<w:qFormat />')
    return f'<w:style {attrs}>' + ''.join(parts) + body + '</w:style>'


NEW_STYLES = {
    'Title': style('Title', 'Title', custom=False, based_on='Normal', next_style='BodyText', body=(
        '<w:pPr><w:keepNext /><w:keepLines /><w:spacing w:before="0" w:after="120" /></w:pPr>'
        f'<w:rPr>{FONT}<w:b /><w:bCs /><w:sz w:val="36" /><w:szCs w:val="36" /></w:rPr>')),
    'Subtitle': style('Subtitle', 'Subtitle', custom=False, based_on='Title', next_style='BodyText', body=(
        '<w:pPr><w:spacing w:before="0" w:after="240" /></w:pPr>'
        '<w:rPr><w:b w:val="0" /><w:bCs w:val="0" /><w:sz w:val="26" /><w:szCs w:val="26" /></w:rPr>')),
    'Heading1': style('Heading1', 'heading 1', custom=False, based_on='Normal', next_style='BodyText', body=(
        '<w:pPr><w:keepNext /><w:keepLines /><w:numPr><w:ilvl w:val="0" /><w:numId w:val="1" /></w:numPr>'
        '<w:spacing w:before="360" w:after="120" /><w:ind w:left="567" w:hanging="567" /><w:outlineLvl w:val="0" /></w:pPr>'
        f'<w:rPr>{FONT}<w:b /><w:bCs /><w:sz w:val="26" /><w:szCs w:val="26" /></w:rPr>')),
    'Heading2': style('Heading2', 'heading 2', custom=False, based_on='Normal', next_style='BodyText', body=(
        '<w:pPr><w:keepNext /><w:keepLines /><w:spacing w:before="240" w:after="60" /><w:outlineLvl w:val="1" /></w:pPr>'
        f'<w:rPr>{FONT}<w:b /><w:bCs /><w:sz w:val="22" /><w:szCs w:val="22" /></w:rPr>')),
    'BodyText': style('BodyText', 'Body Text', custom=False, based_on='Normal', body=(
        '<w:pPr><w:spacing w:before="0" w:after="120" w:line="264" w:lineRule="auto" /></w:pPr>')),
    'Compact': style('Compact', 'Compact', based_on='BodyText', body=(
        '<w:pPr><w:spacing w:before="0" w:after="60" /></w:pPr>')),
}

ADDED_STYLES = [
    style('ClauseLevel2', 'Clause Level 2', based_on='BodyText', body=(
        '<w:pPr><w:numPr><w:ilvl w:val="1" /><w:numId w:val="1" /></w:numPr>'
        '<w:ind w:left="567" w:hanging="567" /></w:pPr>')),
    style('ClauseLevel3', 'Clause Level 3', based_on='BodyText', body=(
        '<w:pPr><w:numPr><w:ilvl w:val="2" /><w:numId w:val="1" /></w:numPr>'
        '<w:spacing w:after="60" /><w:ind w:left="1134" w:hanging="567" /></w:pPr>')),
    style('TypedItem', 'Typed Item', based_on='BodyText', body=(
        '<w:pPr><w:spacing w:after="60" /><w:ind w:left="1134" w:hanging="567" /></w:pPr>')),
    style('Header', 'header', custom=False, based_on='Normal', body=(
        '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="808080" /></w:pBdr>'
        '<w:tabs><w:tab w:val="right" w:pos="9026" /></w:tabs><w:spacing w:after="0" /></w:pPr>'
        '<w:rPr><w:color w:val="595959" /><w:sz w:val="18" /><w:szCs w:val="18" /></w:rPr>')),
    style('Footer', 'footer', custom=False, based_on='Normal', body=(
        '<w:pPr><w:spacing w:after="0" /><w:jc w:val="center" /></w:pPr>'
        '<w:rPr><w:color w:val="595959" /><w:sz w:val="18" /><w:szCs w:val="18" /></w:rPr>')),
]


def level(ilvl, fmt, text, style_id, left, hanging=567):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1" /><w:numFmt w:val="{fmt}" />'
            f'<w:pStyle w:val="{style_id}" /><w:lvlText w:val="{text}" /><w:lvlJc w:val="left" />'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}" /></w:pPr></w:lvl>')


CLAUSE_NUMBERING = (
    '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="5C0A1E21" /><w:multiLevelType w:val="multilevel" />'
    '<w:name w:val="Council clause numbering" />'
    + level(0, 'decimal', '%1.', 'Heading1', 567)
    + level(1, 'decimal', '%1.%2', 'ClauseLevel2', 567)
    + level(2, 'lowerLetter', '(%3)', 'ClauseLevel3', 1134)
    + level(3, 'lowerRoman', '(%4)', 'BodyText', 1701)
    + '</w:abstractNum>'
)

HEADER = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="{W}" xmlns:r="{R}">'
    '<w:p><w:pPr><w:pStyle w:val="Header" /></w:pPr>'
    '<w:fldSimple w:instr=" TITLE \\* MERGEFORMAT "><w:r><w:t>Title</w:t></w:r></w:fldSimple>'
    '<w:r><w:tab /><w:t>Not protectively marked</w:t></w:r></w:p></w:hdr>'
)

FOOTER = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="{W}" xmlns:r="{R}">'
    '<w:p><w:pPr><w:pStyle w:val="Footer" /></w:pPr>'
    '<w:r><w:t xml:space="preserve">Page </w:t></w:r>'
    '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
    '<w:r><w:t xml:space="preserve"> of </w:t></w:r>'
    '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>'
)

SECT_PR = (
    '<w:sectPr><w:headerReference w:type="default" r:id="rIdCorpusHeader1" />'
    '<w:footerReference w:type="default" r:id="rIdCorpusFooter1" />'
    '<w:pgSz w:w="11906" w:h="16838" />'
    '<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0" />'
    '</w:sectPr>'
)


def patch_styles(xml):
    xml = xml.replace('w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"',
                      'w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"')
    xml = xml.replace('<w:sz w:val="24" />\n        <w:szCs w:val="24" />', '<w:sz w:val="22" /><w:szCs w:val="22" />', 1)
    xml = xml.replace('<w:lang w:val="en-US"', '<w:lang w:val="en-GB"', 1)
    for style_id, new in NEW_STYLES.items():
        pattern = re.compile(r'<w:style [^>]*w:styleId="%s"[^>]*>.*?</w:style>' % style_id, re.S)
        xml, n = pattern.subn(lambda _m: new, xml, count=1)
        if n != 1:
            raise SystemExit(f'style {style_id} not found in the default reference document')
    for new in ADDED_STYLES:
        style_id = re.search(r'w:styleId="([^"]+)"', new).group(1)
        if f'w:styleId="{style_id}"' in xml:
            raise SystemExit(f'style {style_id} already exists')
        xml = xml.replace('</w:styles>', new + '</w:styles>')
    # Headings 2-9 lose the theme colour too.
    xml = xml.replace('<w:color w:val="4F81BD" w:themeColor="accent1" />', '')
    return xml


def patch_numbering(xml):
    first_abstract = xml.index('<w:abstractNum ')
    xml = xml[:first_abstract] + CLAUSE_NUMBERING + xml[first_abstract:]
    xml = xml.replace('</w:numbering>', '<w:num w:numId="1"><w:abstractNumId w:val="1" /></w:num></w:numbering>')
    return xml


def patch_document(xml):
    xml, n = re.subn(r'<w:sectPr\s*/>|<w:sectPr>.*?</w:sectPr>', SECT_PR, xml, count=1, flags=re.S)
    if n != 1:
        raise SystemExit('no sectPr in the default reference document')
    if 'xmlns:r=' not in xml[:2000]:
        xml = xml.replace('<w:document ', f'<w:document xmlns:r="{R}" ', 1)
    return xml


def patch_rels(xml):
    rels = (
        '<Relationship Id="rIdCorpusHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml" />'
        '<Relationship Id="rIdCorpusFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml" />'
    )
    return xml.replace('</Relationships>', rels + '</Relationships>')


def patch_types(xml):
    types = (
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml" />'
        '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" />'
    )
    return xml.replace('</Types>', types + '</Types>')


def patch_settings(xml):
    return xml.replace('<w:themeFontLang w:val="en-US" />', '<w:themeFontLang w:val="en-GB" />')


PATCHES = {
    'word/styles.xml': patch_styles,
    'word/numbering.xml': patch_numbering,
    'word/document.xml': patch_document,
    'word/_rels/document.xml.rels': patch_rels,
    '[Content_Types].xml': patch_types,
    'word/settings.xml': patch_settings,
}


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name('council-reference.docx')
    default = subprocess.run(['pandoc', '--print-default-data-file', 'reference.docx'],
                             check=True, capture_output=True).stdout
    src = zipfile.ZipFile(io.BytesIO(default))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as dst:
        def write(name, data):
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)
        names = src.namelist()
        write('[Content_Types].xml', patch_types(src.read('[Content_Types].xml').decode('utf-8')))
        for name in names:
            if name == '[Content_Types].xml':
                continue
            data = src.read(name)
            if name in PATCHES:
                data = PATCHES[name](data.decode('utf-8')).encode('utf-8')
            write(name, data)
        write('word/header1.xml', HEADER)
        write('word/footer1.xml', FOOTER)
    out.write_bytes(buf.getvalue())
    print(f'wrote {out} ({len(buf.getvalue())} bytes)')


if __name__ == '__main__':
    main()
