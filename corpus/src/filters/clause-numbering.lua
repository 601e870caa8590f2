--[[
Typed clause numbers in a Markdown source become real Word numbering.

Used with the council reference document (templates/council-reference.docx), whose
Heading 1, "Clause Level 2" and "Clause Level 3" styles are joined to one multilevel list
("1." / "1.1" / "(a)"). The Markdown source keeps its numbers typed, so it reads like the
policy; this filter takes them off and gives each paragraph the numbered style instead:

  # 3. Confidentiality        -> Heading 1 (numbered "3." by Word)
  # Document control          -> Heading 1 with its numbering switched off (numId 0)
  3.2 Text of the clause.     -> paragraph in style "Clause Level 2" (numbered "3.2")
  (a) item; (b) item          -> a "(a)" ordered list becomes paragraphs in "Clause Level 3"

Other lists (bullets, plain "1." lists) are left to pandoc, which numbers them itself.

With metadata "clause-numbering: typed" the numbers stay typed, as in an extract that keeps
the section numbers of a longer document: headings keep their text and lose the automatic
number, clauses stay body text, and "(a)" items become indented "Typed Item" paragraphs
that start with their letter.
The filter checks that the typed numbers agree with what Word will print and stops the
build if they do not, so a source can never say 4.3 where the document says 4.2.
]]

local section, clause = 0, 0

local function fail(msg)
  io.stderr:write('clause-numbering.lua: ' .. msg .. '\n')
  os.exit(1)
end

local function strip_label(inlines, pattern)
  local first = inlines[1]
  if not first or first.t ~= 'Str' then return nil end
  local label = first.text:match(pattern)
  if not label then return nil end
  local rest = pandoc.List(inlines):clone()
  rest:remove(1)
  if rest[1] and rest[1].t == 'Space' then rest:remove(1) end
  return label, rest
end

local function xml_escape(s)
  return (s:gsub('&', '&amp;'):gsub('<', '&lt;'):gsub('>', '&gt;'))
end

local function unnumbered_heading(h)
  local text = xml_escape(pandoc.utils.stringify(h.content))
  return pandoc.RawBlock('openxml',
    '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'
    .. '<w:ind w:left="0" w:firstLine="0"/></w:pPr><w:r><w:t xml:space="preserve">' .. text .. '</w:t></w:r></w:p>')
end

function Header(h)
  if h.level ~= 1 then return nil end
  local label, rest = strip_label(h.content, '^(%d+)%.$')
  if label then
    section, clause = section + 1, 0
    if tonumber(label) ~= section then
      fail(('heading "%s" is numbered %s but is section %d'):format(pandoc.utils.stringify(h), label, section))
    end
    h.content = rest
    return h
  end
  -- An unnumbered heading: keep the Heading 1 style but switch its numbering off, as Word
  -- does when you press "numbering: none" on a heading.
  return unnumbered_heading(h)
end

local function clause_para(p)
  local label, rest = strip_label(p.content, '^(%d+%.%d+)$')
  if not label then return nil end
  clause = clause + 1
  local want = ('%d.%d'):format(section, clause)
  if label ~= want then
    fail(('clause typed %s is numbered %s in the document'):format(label, want))
  end
  return pandoc.Div({ pandoc.Para(rest) }, { ['custom-style'] = 'Clause Level 2' })
end

function Para(p)
  return clause_para(p)
end

function OrderedList(l)
  if l.listAttributes.style ~= 'LowerAlpha' or l.listAttributes.delimiter ~= 'TwoParens' then return nil end
  local out = {}
  for _, blocks in ipairs(l.content) do
    for _, b in ipairs(blocks) do
      if b.t == 'Para' or b.t == 'Plain' then
        table.insert(out, pandoc.Div({ pandoc.Para(b.content) }, { ['custom-style'] = 'Clause Level 3' }))
      else
        table.insert(out, b)
      end
    end
  end
  return out
end

local function typed_items(l)
  if l.listAttributes.style ~= 'LowerAlpha' or l.listAttributes.delimiter ~= 'TwoParens' then return nil end
  local out = {}
  local letter = string.byte('a') + l.listAttributes.start - 1
  for _, blocks in ipairs(l.content) do
    for _, b in ipairs(blocks) do
      if b.t == 'Para' or b.t == 'Plain' then
        local content = pandoc.List({ pandoc.Str('(' .. string.char(letter) .. ')'), pandoc.Space() })
        content:extend(b.content)
        table.insert(out, pandoc.Div({ pandoc.Para(content) }, { ['custom-style'] = 'Typed Item' }))
      else
        table.insert(out, b)
      end
    end
    letter = letter + 1
  end
  return out
end

-- Walk the document in order, so that the section and clause counters follow the text.
function Pandoc(doc)
  local typed = doc.meta['clause-numbering'] and pandoc.utils.stringify(doc.meta['clause-numbering']) == 'typed'
  local blocks = pandoc.List()
  for _, b in ipairs(doc.blocks) do
    local r
    if typed then
      if b.t == 'Header' and b.level == 1 then r = unnumbered_heading(b)
      elseif b.t == 'OrderedList' then r = typed_items(b)
      end
    elseif b.t == 'Header' then r = Header(b)
    elseif b.t == 'Para' then r = Para(b)
    elseif b.t == 'OrderedList' then r = OrderedList(b)
    end
    if r == nil then blocks:insert(b)
    elseif r.t then blocks:insert(r)
    else blocks:extend(r) end
  end
  doc.blocks = blocks
  return doc
end

return { { Pandoc = Pandoc } }
