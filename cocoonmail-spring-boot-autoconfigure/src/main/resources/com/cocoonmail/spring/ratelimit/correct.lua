-- Sets a permit's time to the latest moment its request can have arrived, if it is still in the log.
-- KEYS[1]: sorted set of permit times (microseconds); ARGV[1]: the permit's id; ARGV[2]: its time
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then
	redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
end
return 'ok'
