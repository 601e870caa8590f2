export { clauseVector, knownTerms, type KnownTerms, semanticSimilarity, type TermWeight, vectorCosine } from './clause-vector'
export { DIMENSIONS, termVector, wordVectorsDecoded, wordVectorTable } from './word-vectors'
