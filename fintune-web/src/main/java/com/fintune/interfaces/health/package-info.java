/**
 * MicroProfile Health checks served by Liberty at /health: readiness follows the database schema.
 * May depend on fintune-ejb's platform services only.
 */
package com.fintune.interfaces.health;
