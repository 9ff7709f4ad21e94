-- Pauses every instance for a while on Redis's own clock, keeping a longer pause in force.
-- KEYS[1]: pause, until when (microseconds); ARGV[1]: how long (microseconds), 0 only to check Redis answers
local pause = tonumber(ARGV[1])
if pause <= 0 then
	return 'ok'
end
local time = redis.call('TIME')
local untilAt = tonumber(time[1]) * 1000000 + tonumber(time[2]) + pause
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if untilAt > current then
	redis.call('SET', KEYS[1], string.format('%.0f', untilAt), 'PX', math.ceil(pause / 1000))
end
return 'ok'
