/**
 * The {@code web.*} actions, each with its typed input record and output record. Actions are
 * stateless; they run in the step's {@link dev.ferry.connector.web.internal.WebSession}.
 */
package dev.ferry.connector.web.action;
