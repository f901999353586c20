/**
 * The {@code web} connector: {@link dev.ferry.connector.web.WebConnector}, its settings ({@link
 * dev.ferry.connector.web.WebConfig}) and its failure ({@link
 * dev.ferry.connector.web.WebException}). The actions live in {@code
 * dev.ferry.connector.web.action}; browser management in {@code internal}; a supplier portal for
 * tests and the demo in {@code portal}.
 */
package dev.ferry.connector.web;
