/**
 * The prediction cache: JCache (JSR-107) on Redis through Redisson when a Redis URL is configured, Caffeine's
 * in-process JCache otherwise, behind a resilient wrapper that answers "miss" rather than fail when Redis is gone.
 * Plain Java (javax.cache, Redisson, Caffeine); the EJB layer creates and owns it.
 */
package com.fintune.assessment.infrastructure.cache;
