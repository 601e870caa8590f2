export { clauseVector, semanticSimilarity, type TermWeight, vectorCosine } from './clause-vector'
export { DIMENSIONS, termVector } from './word-vectors'
