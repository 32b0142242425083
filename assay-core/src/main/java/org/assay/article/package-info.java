/** Reading inputs (plain text, HTML, JSON) into {@link org.assay.article.Article}s whose offsets never move. */
package org.assay.article;
