"""Django's built-in Redis cache backend, with one Redis client object per connection pool.

Django's `RedisCacheClient.get_client()` builds a new `redis.Redis` for every cache call, and redis-py (8.x)
rebuilds its ~165-entry response-callback table in each constructor (redis/redis-py#3624). That costs more
than the round trip itself (measured: ~150 µs of a 270 µs `cache.get`). A client object is thread-safe and
holds no connection of its own – connections stay in the pool – so one per pool is enough.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class ReusingRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class KinewsRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
