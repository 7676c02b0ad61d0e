// time: matches by the time the packet arrives (date, time of day, weekday, day of month).
import type { EnumWord, ModuleSpec, ValueType } from '../types';

// iptables reads the first two letters, case-sensitively (Mo, Mon, Monday), or a number 1-7 (1 = Monday).
export const weekdays: EnumWord[] = [
  { word: 'Mon', doc: 'Monday.', aliases: ['1', 'Mo', 'Monday'] },
  { word: 'Tue', doc: 'Tuesday.', aliases: ['2', 'Tu', 'Tuesday'] },
  { word: 'Wed', doc: 'Wednesday.', aliases: ['3', 'We', 'Wednesday'] },
  { word: 'Thu', doc: 'Thursday.', aliases: ['4', 'Th', 'Thursday'] },
  { word: 'Fri', doc: 'Friday.', aliases: ['5', 'Fr', 'Friday'] },
  { word: 'Sat', doc: 'Saturday.', aliases: ['6', 'Sa', 'Saturday'] },
  { word: 'Sun', doc: 'Sunday.', aliases: ['7', 'Su', 'Sunday'] },
];

const monthdays: EnumWord[] = Array.from({ length: 31 }, (_, i) => ({
  word: String(i + 1),
  doc: `Day ${i + 1} of the month.`,
}));

const date: ValueType = {
  kind: 'other', reader: 'date',
  hint: 'a date and time YYYY[-MM[-DD[Thh[:mm[:ss]]]]] between 1970 and 2038, such as 2024-12-31T23:00',
};
const timeOfDay: ValueType = { kind: 'other', reader: 'timeOfDay', hint: 'a time of day hh:mm or hh:mm:ss, from 00:00 to 23:59:59' };

export const timeMatch: ModuleSpec = {
  name: 'time',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches packets by when they arrive: date range, time of day, weekdays or days of the month.',
  doc: [
    'Times are in UTC unless `--kerneltz` is given. All given conditions must hold; leaving one out means any.',
    'A time window that crosses midnight (`--timestart 22:00 --timestop 06:00`) works as expected.',
    '',
    'Example: allow the guest network only during office hours:',
    '`-A FORWARD -i guest -m time --timestart 08:00 --timestop 18:00 --weekdays Mon,Tue,Wed,Thu,Fri -j ACCEPT`',
  ].join('\n'),
  options: [
    {
      names: ['--datestart'],
      arity: 1,
      value: date,
      doc: 'Only match from this date and time on.',
      phrase: 'date is from {value}',
    },
    {
      names: ['--datestop'],
      arity: 1,
      value: date,
      doc: 'Only match until this date and time.',
      phrase: 'date is until {value}',
    },
    {
      names: ['--timestart'],
      arity: 1,
      value: timeOfDay,
      doc: 'Start of the daily time window.',
      phrase: 'time of day is from {value}',
    },
    {
      names: ['--timestop'],
      arity: 1,
      value: timeOfDay,
      doc: 'End of the daily time window.',
      phrase: 'time of day is until {value}',
    },
    {
      names: ['--contiguous'],
      arity: 0,
      // iptables refuses it unless --timestop is earlier than --timestart.
      doc: 'Treat a window crossing midnight as one stretch, so a packet after midnight counts toward the day the window began; needs a stop time earlier than the start time.',
      phrase: 'the time window is one stretch across midnight',
    },
    {
      names: ['--weekdays'],
      arity: 1,
      value: { kind: 'enum', reader: 'weekdays', values: weekdays, list: true },
      negatable: true,
      doc: 'Days of the week, comma separated: Mon,Tue,Wed,Thu,Fri,Sat,Sun or 1 to 7.',
      phrase: 'weekday is {not}{value}',
    },
    {
      names: ['--monthdays'],
      arity: 1,
      value: { kind: 'enum', reader: 'monthdays', values: monthdays, list: true },
      negatable: true,
      doc: 'Days of the month, comma separated numbers from 1 to 31.',
      phrase: 'day of the month is {not}{value}',
    },
    {
      names: ['--kerneltz'],
      arity: 0,
      excludes: ['--utc'],
      doc: 'Use the kernel\'s time zone instead of UTC (beware: it does not follow daylight saving changes).',
      phrase: 'times are in the kernel time zone',
    },
    {
      names: ['--localtz'],
      arity: 0,
      excludes: ['--utc'],
      doc: 'Old spelling of `--kerneltz`; iptables prints a warning.',
      phrase: 'times are in the kernel time zone',
    },
    {
      names: ['--utc'],
      arity: 0,
      excludes: ['--kerneltz', '--localtz'],
      doc: 'Read times as UTC, which is already the default.',
      phrase: 'times are in UTC',
    },
  ],
};
