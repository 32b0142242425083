/** The only package that knows CoreNLP: tokens, sentences, part-of-speech tags and 4-class named entities. */
package org.assay.nlp;
