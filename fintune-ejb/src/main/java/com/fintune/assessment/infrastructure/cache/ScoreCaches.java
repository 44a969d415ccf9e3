package com.fintune.assessment.infrastructure.cache;

import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;
import org.redisson.jcache.configuration.RedissonConfiguration;

import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import java.time.Clock;
import java.time.Duration;

/** Opens the prediction cache on the configured backend. */
public final class ScoreCaches {

    static final String REDIS_PROVIDER = "org.redisson.jcache.JCachingProvider";
    static final String IN_PROCESS_PROVIDER = "com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider";

    private ScoreCaches() {
    }

    /**
     * Redis when {@code redisUrl} is given (redis://host:port), in-process otherwise. A Redis that cannot be reached
     * at start does not stop the server: Redisson connects lazily and the cache reports itself unavailable until
     * Redis answers.
     */
    public static ScoreCache open(String name, String redisUrl, Duration ttl, Duration redisTimeout,
                                  Duration retryAfter) {
        MutableConfiguration<String, String> config = new MutableConfiguration<String, String>()
                .setTypes(String.class, String.class)
                .setStoreByValue(false)
                .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(
                        new javax.cache.expiry.Duration(java.util.concurrent.TimeUnit.SECONDS, ttl.toSeconds())));
        ClassLoader loader = ScoreCaches.class.getClassLoader();
        if (redisUrl == null || redisUrl.isBlank()) {
            CacheManager manager = Caching.getCachingProvider(IN_PROCESS_PROVIDER, loader).getCacheManager();
            return new ScoreCache(cache(manager, name, config), "in-process", retryAfter, Clock.systemUTC(), manager);
        }
        Config redis = new Config();
        redis.setCodec(new StringCodec());
        redis.setLazyInitialization(true);
        redis.setThreads(2);
        redis.setNettyThreads(4);
        int timeout = (int) redisTimeout.toMillis();
        redis.useSingleServer().setAddress(redisUrl).setConnectTimeout(timeout).setTimeout(timeout)
                .setRetryAttempts(0).setConnectionMinimumIdleSize(1).setConnectionPoolSize(16);
        RedissonClient client = Redisson.create(redis);
        CacheManager manager = Caching.getCachingProvider(REDIS_PROVIDER, loader).getCacheManager();
        Cache<String, String> cache = cache(manager, name, RedissonConfiguration.fromInstance(client, config));
        return new ScoreCache(cache, "redis", retryAfter, Clock.systemUTC(), () -> {
            manager.close();
            client.shutdown();
        });
    }

    private static Cache<String, String> cache(CacheManager manager, String name,
                                               javax.cache.configuration.Configuration<String, String> config) {
        Cache<String, String> existing = manager.getCache(name, String.class, String.class);
        return existing != null ? existing : manager.createCache(name, config);
    }
}
