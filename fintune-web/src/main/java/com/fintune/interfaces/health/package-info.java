/**
 * MicroProfile Health checks served by Liberty at /health: readiness follows the database schema and, in production
 * mode, the absence of any development password, secret or database.
 * May depend on fintune-ejb's platform services only.
 */
package com.fintune.interfaces.health;
