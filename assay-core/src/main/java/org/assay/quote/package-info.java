/** Quotes and reported speech: finding them, classifying them and attributing each to its speaker. */
package org.assay.quote;
