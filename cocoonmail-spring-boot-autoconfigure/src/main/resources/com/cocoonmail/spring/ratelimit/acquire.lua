-- Takes one permit from a sliding log, on Redis's own clock.
-- KEYS[1]: sorted set of permit times (microseconds); KEYS[2]: pause, until when (microseconds)
-- ARGV[1]: most permits in the window; ARGV[2]: window; ARGV[3]: the new permit's id;
-- ARGV[4]: how far ahead a permit is held until its request's answer corrects it; ARGV[5]: how soon
-- to ask again when the window is full of permits still held (all durations in microseconds)
-- Returns 'granted <now>' or 'wait <microseconds>'.
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
if paused > now then
	return 'wait ' .. string.format('%.0f', paused - now)
end
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local hold = tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('%.0f', now - window))
local count = redis.call('ZCARD', KEYS[1])
if count < limit then
	redis.call('ZADD', KEYS[1], string.format('%.0f', now + hold), ARGV[3])
	redis.call('PEXPIRE', KEYS[1], math.ceil((window + hold) / 1000) * 2)
	return 'granted ' .. string.format('%.0f', now)
end
local blocking = tonumber(redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')[2])
if blocking > now then
	return 'wait ' .. ARGV[5]
end
return 'wait ' .. string.format('%.0f', blocking + window - now)
