/**
 * A small supplier portal web application served by the JDK's HTTP server, used by the web
 * connector's integration tests and by the demo.
 */
package dev.ferry.connector.web.portal;
