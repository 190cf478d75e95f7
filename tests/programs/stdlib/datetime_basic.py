# datetime: dates, times, datetimes, timedeltas and fixed-offset timezones: construction,
# arithmetic, comparison, formatting and parsing, replace, ISO calendar, and errors (those
# worded alike by the C _datetime and the pure-Python datetime Pythebo runs on).
from datetime import date, time, datetime, timedelta, timezone, MINYEAR, MAXYEAR
import datetime as dt


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), tuple(d.isocalendar()), d.toordinal(), d.ctime())
print(d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 1, 1), d - timedelta(weeks=9), d.replace(day=1), d.replace(year=2023, month=3))
print(d.isoformat(), d.strftime('%Y/%m/%d %A %B %j %U %a %b %y'), format(d, '%d.%m.%Y'), f'{d:%Y}', str(d), d.timetuple()[:8])
print(date.fromisoformat('2021-12-04'), date.fromordinal(738000), date.fromisocalendar(2020, 53, 7), date.min, date.max, date.resolution)
print(d < date(2024, 3, 1), d == date(2024, 2, 28), max(d, date(2020, 1, 1)), sorted([date(2022, 1, 1), d, date(2000, 5, 5)]), hash(d) == hash(date(2024, 2, 28)))

t = time(13, 5, 9, 250)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.isoformat(), t.isoformat('milliseconds'), t.isoformat(timespec='minutes'), t.strftime('%H:%M:%S %p %I'))
print(time(), time(23, 59, 59, 999999), time.fromisoformat('04:23:01.000384'), time(1, 2).replace(hour=5), t < time(14), time(0) == time())
tz = timezone(timedelta(hours=5, minutes=30), 'IST')
print(time(12, tzinfo=tz), time(12, tzinfo=tz).utcoffset(), time(12, tzinfo=tz).tzname(), repr(time(12, tzinfo=timezone.utc)))

x = datetime(2024, 3, 10, 14, 30, 15, 500000)
print(x, repr(x), x.date(), x.time(), x.isoformat(), x.isoformat(' ', 'seconds'), x.timestamp() if False else '', x.ctime())
print(x + timedelta(hours=12), x - timedelta(days=40, seconds=1), x - datetime(2024, 1, 1), x.replace(minute=0, second=0, microsecond=0))
print(x.strftime('%Y-%m-%dT%H:%M:%S.%f %%'), datetime.strptime('2023-07-04 09:08:07', '%Y-%m-%d %H:%M:%S'), datetime.strptime('5 Jan 99', '%d %b %y'))
print(datetime.fromisoformat('2011-11-04T00:05:23+04:00'), datetime.fromisoformat('2011-11-04 00:05:23.283'), datetime.fromisoformat('2011-11-04'))
print(datetime.combine(d, t), datetime(2020, 1, 1).weekday(), datetime.min, datetime.max, datetime(2024, 1, 1) > datetime(2023, 12, 31, 23, 59))
aware = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
print(aware, repr(aware), aware.astimezone(tz), aware.utcoffset(), aware.tzname(), aware.timestamp(), datetime.fromtimestamp(0, timezone.utc))
print(datetime.fromtimestamp(1700000000.5, tz=timezone.utc), datetime.utcfromtimestamp(86400), aware.timetuple()[:6], aware.utctimetuple()[:6])
print(aware == datetime(2024, 6, 1, 17, 30, tzinfo=tz), aware - datetime(2024, 6, 1, 17, 30, tzinfo=tz), aware.isoformat(), aware.replace(tzinfo=None))
print(datetime(2024, 1, 1, tzinfo=tz).strftime('%z %Z'), timezone.utc, repr(timezone.utc), timezone(timedelta(hours=-3)), repr(tz), timezone(-timedelta(minutes=90)).tzname(None))

td = timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5, microseconds=6)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds(), -td, abs(-td), repr(-td), td * 2, td / 2, td // 3, td % timedelta(hours=1))
print(timedelta(0), timedelta(weeks=1), timedelta(seconds=-1), repr(timedelta(seconds=-1)), timedelta(hours=1) / timedelta(minutes=1), timedelta(days=1) // timedelta(hours=5))
print(timedelta(microseconds=1.5), timedelta(days=0.5), timedelta.max, timedelta.min, timedelta.resolution, str(timedelta(days=-1, seconds=1)), timedelta(1) * 1.5)
print(divmod(timedelta(hours=25), timedelta(days=1)), timedelta(1) == timedelta(hours=24), timedelta(1) > timedelta(0), bool(timedelta(0)), hash(timedelta(1)) == hash(timedelta(hours=24)))
print(MINYEAR, MAXYEAR, dt.datetime is datetime, issubclass(datetime, date), isinstance(x, date), dt.tzinfo, dt.UTC is timezone.utc)


class FixedTZ(dt.tzinfo):
    def utcoffset(self, d):
        return timedelta(hours=-5)

    def dst(self, d):
        return timedelta(0)

    def tzname(self, d):
        return 'EST'


e = datetime(2024, 1, 15, 8, 0, tzinfo=FixedTZ())
print(e, e.tzname(), e.utcoffset(), e.astimezone(timezone.utc), e.strftime('%Z %z'), e.dst())


class MyDate(date):
    def label(self):
        return 'MyDate ' + self.isoformat()


md = MyDate(2020, 5, 17)

show('str arg', lambda: date('2024', 1, 1))
show('float arg', lambda: date(2024.0, 1, 1))
show('bad iso', lambda: date.fromisoformat('2024-1-1'))
show('bad iso dt', lambda: datetime.fromisoformat('not a date'))
show('strptime', lambda: datetime.strptime('2024-13-01', '%Y-%m-%d'))
show('strptime extra', lambda: datetime.strptime('2024-01-01 x', '%Y-%m-%d'))
show('td / 0', lambda: timedelta(1) / 0)
show('isocalendar bad', lambda: date.fromisocalendar(2021, 53, 1))
print(d == '2024-02-28', d != 5, timedelta(1) == 1)
