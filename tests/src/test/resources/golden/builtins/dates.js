// Date: constructor forms, getters, getTime, subtraction (fixed instants, UTC getters)
var d = new Date(Date.UTC(2020, 1, 29, 13, 45, 30, 123));
print(d.getTime(), d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
print(d.toISOString(), JSON.stringify(d), d.valueOf() === d.getTime(), +d);
var e = new Date(0);
print(e.toISOString(), e.getTime(), new Date(86400000).toISOString(), new Date(-1).toISOString());
var local = new Date(2021, 11, 31, 23, 59, 58);
print(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes(), local.getSeconds(), local.getDay());
var later = new Date(2022, 0, 1, 0, 0, 3);
print(later - local, later > local, (later - local) / 1000);
print(new Date("2020-03-01T00:00:00Z").getTime(), new Date("2020-03-01T00:00:00.500Z").getUTCMilliseconds(), Date.parse("2000-01-01T00:00:00Z"));
print(isNaN(new Date("garbage").getTime()), String(new Date(NaN)), new Date(2020, 0).getMonth(), new Date(8.64e15 + 1).getTime());
var now = Date.now();
print(typeof now, now > 1500000000000, new Date().getTime() >= now);
print(Date.UTC(1970, 0, 1), Date.UTC(2000, 12, 1), Date.UTC(2020, 0, 31 + 1), new Date(Date.UTC(99, 0)).getUTCFullYear());
var copy = new Date(d);
copy.setUTCDate(copy.getUTCDate() + 1);
print(copy.toISOString(), d.toISOString());
