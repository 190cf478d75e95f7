import datetime

from dateutil import parser, relativedelta, rrule, tz, easter

print(parser.parse("2023-03-14T15:09:26"))
print(parser.parse("Sat Oct 11 17:13:46 UTC 2003"))
print(parser.parse("10 Nov 2021 8:30pm"))
print(parser.parse("2003-09-25T10:49:41.5-03:00"))
print(parser.isoparse("2020-02-29T12:00:00+05:30"))
print(parser.parse("Thursday 1st of June 2006", fuzzy=True))
try:
    parser.parse("not a date")
except parser.ParserError as e:
    print("ParserError:", e)
d = datetime.date(2020, 1, 31)
print(d + relativedelta.relativedelta(months=1), d + relativedelta.relativedelta(months=+1, weekday=relativedelta.FR(-1)))
print(relativedelta.relativedelta(datetime.date(2024, 5, 17), datetime.date(2020, 2, 29)))
print(list(rrule.rrule(rrule.WEEKLY, count=4, byweekday=(rrule.MO, rrule.TH), dtstart=datetime.datetime(2023, 1, 1))))
print(list(rrule.rrulestr("FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3", dtstart=datetime.datetime(2023, 1, 1))))
print(easter.easter(2024), easter.easter(2025))
utc = tz.tzutc()
ny = tz.gettz("America/New_York")
t = datetime.datetime(2023, 7, 4, 12, 0, tzinfo=utc)
print(t.astimezone(ny), t.astimezone(ny).tzname(), tz.tzoffset("X", 3600).utcoffset(None))
print(datetime.datetime(2023, 1, 4, 12, tzinfo=ny).utcoffset(), tz.resolve_imaginary(datetime.datetime(2023, 3, 12, 2, 30, tzinfo=ny)))
