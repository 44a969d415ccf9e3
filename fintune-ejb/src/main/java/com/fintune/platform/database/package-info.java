/**
 * The application's database as a whole: the Flyway migrations run at start-up and the schema's readiness.
 * Depends on the container's data source (jdbc/fintune) and Flyway only; every domain may depend on it.
 */
package com.fintune.platform.database;
