/**
 * Tokens, sentences, part-of-speech tags and 4-class named entities: CoreNLP's tokenizer, then Assay's own taggers
 * ({@link org.assay.nlp.PosTagger}, {@link org.assay.nlp.NameTagger}, trained by {@link org.assay.nlp.TaggerTraining})
 * or CoreNLP's. The only package that knows CoreNLP.
 */
package org.assay.nlp;
