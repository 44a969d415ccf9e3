/**
 * Backing beans of the JSF (PrimeFaces) console: navigation, the signed-in user, and the dashboard's figures.
 * They call fintune-ejb services only; pages live in src/main/webapp.
 */
package com.fintune.interfaces.console;
