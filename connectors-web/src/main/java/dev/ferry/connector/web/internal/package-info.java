/** Browser, driver and session management for the web connector; not an API. */
package dev.ferry.connector.web.internal;
