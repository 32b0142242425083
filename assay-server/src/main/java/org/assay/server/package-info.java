/** The server: REST API (with its OpenAPI description) and server-rendered web pages over the store. */
package org.assay.server;
