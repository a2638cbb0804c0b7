#!/usr/bin/python3
"""Builds gold.tsv for the date scanner from real text.

Each spec names a corpus record and the exact date phrase in it; the script cuts a short
verbatim context around the phrase, brackets the expected span and writes the expected interval,
which the spec gives either literally or as a rule on the reference date (see CODES). Run from
the repository root:  /usr/bin/python3 tests/data/dates/make_gold.py /work/shared/corpora

Corpora and licences (see docs/dates.md): ANT multi-source (Apache-2.0 + citation), SaudiNewsNet
(CC BY-NC-SA 4.0, research only), the five seed reports (outlets' copyright, short excerpts),
Microsoft Recognizers-Text specs (MIT), Facebook Duckling corpus (BSD-3-Clause).
"""
import datetime as dt
import email.utils
import json
import os
import sys

CORPORA = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/corpora'
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.tsv')

FILES = {
    'bbc': 'ant-multisource/ant_bbc_middleEast.jsonl',
    'cnn': 'ant-multisource/ant_cnn_middleEast.jsonl',
    'f24': 'ant-multisource/ant_france24_middleEast.jsonl',
    'sky': 'ant-multisource/ant_skynews_middleEast.jsonl',
    'ara': 'ant-multisource/ant_alarabia_internationalNews.jsonl',
    'aws': 'saudinewsnet-aawsat/saudinewsnet_aawsat.jsonl',
}
_cache = {}


def record(key, line):
    path = os.path.join(CORPORA, FILES[key])
    if path not in _cache:
        with open(path, encoding='utf-8') as f:
            _cache[path] = f.readlines()
    rec = json.loads(_cache[path][line - 1])
    text = rec.get('text') or rec.get('content') or ''
    if 'time' in rec:
        ref = email.utils.parsedate_to_datetime(rec['time']).date()
    else:
        ref = dt.date.fromisoformat(rec['date_extracted'][:10])
    return text, ref


def context(text, span, nth=0, width=45):
    i = -1
    for _ in range(nth + 1):
        i = text.find(span, i + 1)
        if i < 0:
            raise SystemExit('span not found: ' + span)
    a, b = max(0, i - width), min(len(text), i + len(span) + width)
    while a > 0 and text[a - 1] not in ' \n':
        a += 1 if a < i else 0
        if a >= i:
            break
        if text[a - 1] in ' \n':
            break
    while b < len(text) and text[b] not in ' \n' and b > i + len(span):
        b -= 1
    pre = text[a:i].split('\n')[-1]
    post = text[i + len(span):b].split('\n')[0]
    return (pre + '[' + span + ']' + post).strip().replace('\t', ' ')


# ---- expected values ----------------------------------------------------------------------
# code := ISO | ISO..ISO | ~ISO (relative, literal) | ~ISO..ISO | r±N | r±A..r±B | wd<N | wd<=N
#       | wd>N | week±N[:eE] | month±N[:eE] | year±N[:eE] | vague | vague+ | dur | time | none | unres
# N for weekdays: 0 = Sunday .. 6 = Saturday.  e1/e2/e3 = start/middle/end of the period.

def week_start(d):
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)  # Sunday


def add_months(d, n):
    t = d.year * 12 + d.month - 1 + n
    y, m = divmod(t, 12)
    return dt.date(y, m + 1, 1)


def month_end(d):
    return add_months(d, 1) - dt.timedelta(days=1)


def edge(a, b, gran, e):
    if not e:
        return a, b
    if gran == 'month':
        return [(a, a + dt.timedelta(9)), (a + dt.timedelta(10), a + dt.timedelta(19)),
                (a + dt.timedelta(20), b)][e - 1]
    if gran == 'year':
        y = a.year
        return [(a, dt.date(y, 4, 30)), (dt.date(y, 5, 1), dt.date(y, 8, 31)),
                (dt.date(y, 9, 1), b)][e - 1]
    if gran == 'week':
        return [(a, a + dt.timedelta(2)), (a + dt.timedelta(2), a + dt.timedelta(4)),
                (a + dt.timedelta(4), b)][e - 1]
    raise ValueError(gran)


def expect(code, ref):
    """-> (start, end, relative, kind)"""
    if code in ('dur', 'time', 'none'):
        return '-', '-', '0', {'dur': 'duration', 'time': 'time', 'none': 'none'}[code]
    rel = '1'
    if code[0].isdigit():
        rel, code = '0', '~' + code
    if code.startswith('~'):
        a, _, b = code[1:].partition('..')
        return a, b or a, rel, 'date'
    if ref is None or code == 'unres':
        return '-', '-', '1', 'date'
    if code == 'vague':
        return '-', ref.isoformat(), '1', 'date'
    if code == 'vague+':
        return ref.isoformat(), '-', '1', 'date'
    if code.startswith('r'):
        a, _, b = code.partition('..')
        da = ref + dt.timedelta(days=int(a[1:]))
        db = ref + dt.timedelta(days=int(b[1:])) if b else da
        return da.isoformat(), db.isoformat(), rel, 'date'
    if code.startswith('wd'):
        if code[2:4] == '<=':
            n = int(code[4:]); back = (ref.weekday() + 1 - n) % 7; d = ref - dt.timedelta(back)
        elif code[2] == '<':
            n = int(code[3:]); back = (ref.weekday() + 1 - n) % 7 or 7; d = ref - dt.timedelta(back)
        else:
            n = int(code[3:]); fwd = (n - ref.weekday() - 1) % 7 or 7; d = ref + dt.timedelta(fwd)
        return d.isoformat(), d.isoformat(), rel, 'date'
    base, _, e = code.partition(':')
    e = int(e[1:]) if e else 0
    for gran in ('week', 'month', 'year'):
        if base.startswith(gran):
            n = int(base[len(gran):])
            if gran == 'week':
                a = week_start(ref) + dt.timedelta(7 * n); b = a + dt.timedelta(6)
            elif gran == 'month':
                a = add_months(ref, n); b = month_end(a)
            else:
                a = dt.date(ref.year + n, 1, 1); b = dt.date(ref.year + n, 12, 31)
            a, b = edge(a, b, gran, e)
            return a.isoformat(), b.isoformat(), rel, 'date'
    raise ValueError(code)


rows = []


def add(phrase, ref, code, source, extra=''):
    start, end, rel, kind = expect(code, ref)
    rows.append((phrase, ref.isoformat() if ref else '', start, end, rel, source, kind, extra))


def corpus(key, line, span, code, extra='', nth=0, noref=False):
    text, ref = record(key, line)
    add(context(text, span, nth), None if noref else ref, code,
        '%s:%d' % (FILES[key].split('/')[-1], line), extra)


def seed(name, phrase, ref, code, extra=''):
    if name != 'brief':  # seed phrases must be verbatim
        plain = phrase.replace('[', '').replace(']', '')
        with open(os.path.join(CORPORA, 'seeds', name), encoding='utf-8') as f:
            if plain not in f.read():
                raise SystemExit('not verbatim in %s: %s' % (name, plain))
    add(phrase, dt.date.fromisoformat(ref) if ref else None, code,
        'brief' if name == 'brief' else 'seeds/' + name, extra)


def peer(src, phrase, ref, code, extra=''):
    add(phrase, dt.date.fromisoformat(ref) if ref else None, code, src, extra)


# ---- seeds --------------------------------------------------------------------------------
S0, S1, S2, S3, S4 = ('000_8fecca9244186be6.txt', '001_ca6f0b7c83dff426.txt',
                      '002_5e1237ce7e7ca306.txt', '003_93425df8eb9f4d51.txt',
                      '004_ed11242bf69f993c.txt')
seed(S3, 'تاريخ النشر: [27.02.2019 | 14:02 دمشق]', '2019-02-27', '2019-02-27', 'time=14:02 zone=دمشق')
seed(S3, 'تاريخ النشر: [27.02.2019 | 14:02 دمشق]', '', '2019-02-27', 'time=14:02 zone=دمشق')
seed(S3, 'نشرت شبكة إخبارية محلية، [أمس الثلاثاء]، مقطع فيديو', '2019-02-27', 'r-1', 'wd=2')
seed(S3, 'نشرت شبكة إخبارية محلية، [أمس الثلاثاء]، مقطع فيديو', '', 'unres', 'wd=2')
seed(S3, 'نشرت "فرات بوست"، [يوم الإثنين الفائت]، تسجيلاً صوتياً', '2019-02-27', 'wd<1')
seed(S3, 'نشرت "فرات بوست"، [يوم الإثنين الفائت]، تسجيلاً صوتياً', '', 'unres')
seed(S3, 'أطلقت، [يوم التاسع مِن شهر شباط الجاري]، ما قالت إنه', '2019-02-27', '~2019-02-09')
seed(S3, 'أطلقت، [يوم التاسع مِن شهر شباط الجاري]، ما قالت إنه', '', 'unres')
seed(S3, 'بأنه كان يُقاتل مع "التنظيم" [منذ 6 سنوات]، فيما حاول', '2019-02-27', 'dur')
seed(S3, 'وشهدت [الأيام الماضية]، خروج مئات الأشخاص', '2019-02-27', 'vague', 'vague=1')
seed(S3, 'مِن بلدة الباغوز (آخر معاقل "التنظيم") ليلاً سيراً على الأقدام', '2019-02-27', 'none')
seed(S4, '[الأربعاء، 01-11-2017 12:40 ص]', '', '2017-11-01', 'time=00:40 wd=3')
seed(S4, 'أن التنظيم أوكل [قبل شهرين] مهمة حماية المدينة', '', 'unres')
seed(S4, 'أن التنظيم أوكل [قبل شهرين] مهمة حماية المدينة', '2017-09-05', 'month-2')
seed(S4, 'عندما سيطر على المدينة في [العام 2014].', '', '2014-01-01..2014-12-31', 'gran=year')
seed(S0, 'لقوات سوريا الديمقراطية وقوات التحالف الدولي [خلال اليومين الماضيين]، بعد تضييق', '2019-01-30', 'r-2..r0')
seed(S0, 'لقوات سوريا الديمقراطية وقوات التحالف الدولي [خلال اليومين الماضيين]، بعد تضييق', '', 'unres')
seed(S0, 'التحالف الدولي سيحرق المنطقة بمن فيها [خلال اليومين القادمين].', '2019-01-30', 'r0..r+2')
seed(S0, 'مشيرا إلى أن [الساعات القادمة] قد تشهد انهيارا', '2019-01-30', 'r0..r+1')
seed(S0, 'من بنك مدينة الموصل إبان السيطرة عليها [عام 2014]، كما اشترطت', '2019-01-30', '2014-01-01..2014-12-31')
seed(S1, 'حوالي 1000 مدني خرجوا [خلال اليومين الماضيين] من بلدة "الباغوز"', '', 'unres')
seed(S1, 'نشرت [خلال الأيام الماضية] العديد من وسائل الإعلام', '2019-02-21', 'vague', 'vague=1')
seed(S1, 'مع عوائلهم [منذ يومين] إلى بادية الأنبار', '2019-02-21', 'r-2')
seed(S1, 'مع عوائلهم [منذ يومين] إلى بادية الأنبار', '', 'unres')
seed(S1, 'لرهائن اعتقلتهم [منذ أشهر]، رغم أنها', '2019-02-21', 'vague', 'vague=1')
seed(S1, 'لرهائن اعتقلتهم [منذ أشهر]، رغم أنها', '', 'unres', 'vague=1')
seed(S1, 'نقلت وكالة "رويترز"\u00a0 [السبت الماضي] عن قيادي في ميليشيا قسد', '2019-02-21', 'wd<6')
seed(S1, 'رغم توقف القتال بين الجانبين [منذ نحو أسبوع]، كما أن', '2019-02-21', 'dur')
seed(S1, 'والتحالف الدولي [أمس] شاحنات إلى بلدة "الباغوز"', '2019-02-21', 'r-1')
seed(S1, 'مدعين أنهم تركوا التنظيم [منذ زمن]، بعد أن تفاجئوا به', '2019-02-21', 'vague', 'vague=1')
seed(S2, 'وشوهدت قافلة شاحنات متجهة إلى الباغوز [صباح أمس الإثنين]، وقال', '2019-02-26', 'r-1', 'wd=1')
seed(S2, 'وشوهدت قافلة شاحنات متجهة إلى الباغوز [صباح أمس الإثنين]، وقال', '', 'unres', 'wd=1')
seed(S2, 'واستأنفت قوات سوريا الديمقراطية [مطلع هذا الأسبوع] هجومها على قرية الباغوز', '2019-02-26', 'week0:e1')
seed(S2, 'انتزاع السيطرة على مدينة الرقة في [عام 2017] وهو العام', '2019-02-26', '2017-01-01..2017-12-31')
seed(S2, 'وأوقفت قوات سوريا الديمقراطية بالفعل الهجوم [لأسابيع] للسماح لآلاف المدنيين', '2019-02-26', 'dur')
seed(S2, 'وكانت قد قالت [يوم الجمعة] إنه لم يتبق في القرية', '2019-02-26', 'wd<=5')
seed(S2, 'وهي تعود هناك [يوم الاثنين] وقال سائقون', '2019-02-26', 'wd<=1')
seed(S2, 'على القرية [يوم الأحد] ألغاما أرضية', '2019-02-26', 'wd<=0')
seed(S2, 'من الباغوز في [الأسابيع الأخيرة] وهي تعود', '2019-02-26', 'vague', 'vague=1')

# ---- ANT multi-source (BBC, CNN, France 24, Sky News Arabia, Al Arabiya), 2018 ------------
C = corpus
C('bbc', 163, 'أمس الخميس', 'r-1')
C('bbc', 297, 'مساء أمس الخميس', 'r-1')
C('bbc', 329, 'أمس الثلاثاء', 'r-1')
C('bbc', 330, 'أول أمس الاثنين', 'r-2')
C('bbc', 339, 'أول أمس الثلاثاء', 'r-2')
C('bbc', 359, 'أمس السبت', 'r-1')
C('bbc', 388, 'أمس الأحد', 'r-1')
C('bbc', 655, 'أمس الأحد', 'r-1')
C('bbc', 740, 'ليلة أمس الأحد', 'r-1')
C('bbc', 944, 'ظهر أمس الخميس', 'r-1')
C('bbc', 1013, 'أمس الخميس', 'r-1')
C('bbc', 1108, 'أمس الاثنين', 'r-1')
C('cnn', 333, 'أمس الأربعاء', 'r-1')
C('cnn', 707, 'أمس الاثنين', 'r-1')
C('cnn', 1504, 'يوم أمس الخميس 11 أكتوبر/تشرين الأول', '~2018-10-11')
C('f24', 119, 'بالأمس (الأحد)', 'r-1')
C('f24', 225, 'يوم أمس (السبت)', 'r-1')
C('f24', 368, 'الأمس الثلاثاء', 'r-1')
C('f24', 375, 'مساء أمس الثلاثاء', 'r-2', 'conflict=1 wd=2')
C('f24', 394, 'ليلة أمس السبت', 'r-1')
C('f24', 467, 'مساء الأول من أمس الأربعاء', 'r-2')
C('f24', 27, 'أمس الاثنين', 'r-1')
C('bbc', 87, 'اليوم الأحد', 'r0')
C('bbc', 90, 'اليوم السبت', 'r-1', 'conflict=1')
C('bbc', 191, 'مساء اليوم الأربعاء', 'r0')
C('bbc', 318, 'اليوم الاثنين', 'r0')
C('bbc', 940, 'اليوم الخميس', 'r-2', 'conflict=1')
C('bbc', 965, 'صباح اليوم الأربعاء', 'r0')
C('bbc', 1073, 'فجر اليوم الاثنين', 'r0')
C('cnn', 69, 'اليوم الخميس 6 جمادى الآخرة 1439هـ الموافق 22 فبراير 2018 م', '2018-02-22', 'wd=4')
C('cnn', 685, 'فجر اليوم السبت', 'r0')
C('cnn', 1441, 'فجر هذا اليوم الاثنين 8 اكتوبر', '~2018-10-08')
C('cnn', 1450, 'فجر هذا اليوم الاثنين 8 اكتوبر', '~2018-10-08')
C('cnn', 1533, 'اليوم الإثنين', 'r0')
C('f24', 4, 'اليوم الأحد', 'r0')
C('f24', 20, 'صباح اليوم الاثنين', 'r0')
C('f24', 57, 'اليوم الأربعاء', 'r-1', 'conflict=1')
C('bbc', 29, 'صباح يوم السبت الماضي', 'wd<6')
C('bbc', 32, 'الجمعة الماضي', 'wd<5')
C('bbc', 33, 'يوم الخميس الماضي', 'wd<4')
C('bbc', 53, 'الاثنين الماضي', 'wd<1')
C('bbc', 79, 'يوم الأحد الماضي', 'wd<0')
C('bbc', 120, 'الثلاثاء الماضي', 'wd<2')
C('bbc', 154, 'الثلاثاء الماضي', 'wd<2')
C('bbc', 240, 'الأربعاء المقبل', 'wd>3')
C('bbc', 261, 'الاثنين المقبل', 'wd>1')
C('bbc', 276, 'الجمعة الماضية', 'wd<5')
C('bbc', 284, 'يوم الخميس المقبل', 'wd>4')
C('bbc', 297, 'يوم الإثنين الماضي', 'wd<1')
C('bbc', 312, 'يوم الجمعة الماضية', 'wd<5')
C('bbc', 340, 'يوم السبت الماضي', 'wd<6')
C('bbc', 344, 'الإثنين الماضي', 'wd<1')
C('bbc', 25, 'وقبل عامين', 'year-2')
C('bbc', 56, 'قبل يومين', 'r-2')
C('bbc', 66, 'خلال يومين', 'dur')
C('bbc', 73, 'قبل نحو أسبوعين', 'r-14')
C('bbc', 74, 'منذ 15 عاما', 'dur')
C('bbc', 119, 'قبل 604 أيام', 'r-604')
C('bbc', 122, 'قبل شهرين', 'month-2')
C('cnn', 55, 'خلال 3 أيام', 'dur')
C('cnn', 58, 'منذ 7 سنوات', 'dur')
C('cnn', 106, 'قبل نحو 5 سنوات', 'year-5')
C('cnn', 131, 'قبل ثلاثة أشهر', 'none')
C('cnn', 153, 'قبل ستة أشهر', 'month-6')
C('f24', 18, 'قبل سنتين', 'year-2')
C('f24', 21, 'خلال يومين', 'dur')
C('f24', 29, 'وقبل ثلاثة أيام', 'none')
C('f24', 31, 'منذ نحو أسبوعين', 'dur')
C('f24', 32, 'منذ ثلاثة أسابيع', 'dur')
C('f24', 33, 'منذ ثلاثة أشهر', 'dur')
C('f24', 35, 'قبل أسبوعين', 'none')
C('sky', 56, 'منذ 7 أيام', 'r-7')
C('sky', 57, 'خلال 7 أيام', 'dur')
C('ara', 20, 'قبل عشرة أيام', 'r-10')
C('ara', 84, 'قبل يومين', 'r-2')
C('bbc', 2, 'نهاية العام الماضي', 'year-1:e3')
C('bbc', 3, 'الأسبوع الماضي', 'week-1')
C('bbc', 4, 'العام الماضي', 'year-1')
C('bbc', 10, 'الشهر الماضي', 'month-1')
C('bbc', 12, 'أواخر العام الماضي', 'year-1:e3')
C('bbc', 14, 'العام الجاري', 'year0')
C('cnn', 81, 'نهاية العام المقبل', 'year+1:e3')
C('cnn', 102, 'الأسبوع الجاري', 'week0')
C('f24', 12, 'الأسبوع المقبل', 'week+1')
C('f24', 14, 'الشهر الحالي', 'month0')
C('f24', 15, 'الشهر الفائت', 'month-1')
C('ara', 3, 'أواخر الشهر الماضي', 'month-1:e3')
C('ara', 5, 'بداية العام الجاري', 'year0:e1')
C('ara', 36, 'الشهر القادم', 'month+1')
C('sky', 74, 'أواخر الأسبوع الماضي', 'week-1:e3')
C('sky', 85, 'مطلع الأسبوع', 'week0:e1')
C('sky', 43, 'منتصف مايو القادم', '~2018-05-11..2018-05-20')
C('bbc', 26, 'أواخر شهر مارس/آذار المقبل', '~2018-03-21..2018-03-31')
C('bbc', 34, 'نهاية يناير/كانون الثاني', '~2018-01-21..2018-01-31')
C('bbc', 35, 'نهاية نوفمبر/تشرين الثاني الماضي', '~2017-11-21..2017-11-30')
C('bbc', 42, 'مطلع يناير/ كانون الثاني الماضي', '~2018-01-01..2018-01-10')
C('bbc', 43, 'مطلع الشهر الجاري', 'month0:e1')
C('bbc', 48, 'مطلع فبراير الجاري', '~2018-02-01..2018-02-10')
C('cnn', 20, 'بمنتصف يناير/كانون ثاني', '~2018-01-11..2018-01-20')
C('cnn', 24, 'بداية نوفمبر/تشرين ثاني', '~2017-11-01..2017-11-10')
C('cnn', 108, 'نهاية مايو/أيار لعام 2018', '2018-05-21..2018-05-31')
C('f24', 6, 'ومطلع شباط/فبراير', '~2018-02-01..2018-02-10')
C('f24', 11, 'نهاية تموز/يوليو 2016', '2016-07-21..2016-07-31')
C('f24', 30, 'منتصف كانون الأول/ديسمبر', '~2017-12-11..2017-12-20')
C('f24', 52, 'نهاية العام 2016', '2016-09-01..2016-12-31')
C('sky', 155, 'نهاية نوفمبر 2017', '2017-11-21..2017-11-30')
C('ara', 25, 'منتصف يوليو 2016', '2016-07-11..2016-07-20')
C('bbc', 9, '4 نوفمبر/ تشرين ثاني الماضي', '~2017-11-04')
C('bbc', 12, '7 فبراير/شباط', '~2018-02-07')
C('bbc', 14, '8 يونيو/حزيران 1994', '1994-06-08')
C('bbc', 16, '13 من فبراير/شباط 2018', '2018-02-13')
C('bbc', 25, '19 ديسمبر/ كانون الأول', '~2017-12-19')
C('bbc', 26, '27 يناير/كانون الثاني الماضي', '~2018-01-27')
C('cnn', 2, '20 من يناير/ كانون الثاني الماضي', '~2018-01-20')
C('cnn', 18, '10 فبراير/شباط الحالي', '~2018-02-10')
C('cnn', 21, '15 يوليو 2015', '2015-07-15')
C('cnn', 87, '20 يناير / كانون الثاني الماضي', '~2018-01-20')
C('f24', 3, '10 من شباط/فبراير الماضي', '~2018-02-10')
C('f24', 5, '26 فبراير/ شباط', '~2018-02-26')
C('f24', 9, '7 شباط/فبراير 2018', '2018-02-07')
C('f24', 15, '20 حزيران/يونيو', '~2017-06-20')
C('f24', 16, '6 من كانون الأول/ديسمبر الماضي', '~2017-12-06')
C('f24', 23, '20 كانون الثاني/يناير', '~2018-01-20')
C('f24', 30, '23 تشرين الثاني/نوفمبر الفائت', '~2017-11-23')
C('sky', 13, '23 فبراير', '~2018-02-23')
C('sky', 38, '26 إلى 28 مارس', '~2018-03-26..2018-03-28')
C('sky', 49, '19 يونيو عام 1961', '1961-06-19')
C('sky', 59, '23 من فبراير الجاري', '~2018-02-23')
C('sky', 60, '16 أكتوبر الماضي', '~2017-10-16')
C('ara', 52, '13 نوفمبر (تشرين الثاني) 2013', '2013-11-13')
C('ara', 66, 'يوم 15 يناير الجاري', '~2014-01-15')
C('bbc', 1, 'يوليو/ تموز 2016', '2016-07-01..2016-07-31')
C('bbc', 18, 'ديسمبر/كانون الأول 2017', '2017-12-01..2017-12-31')
C('bbc', 20, '30 سبتمبر/أيلول 2015', '2015-09-30')
C('bbc', 22, 'مايو/آيار 1876', '1876-05-01..1876-05-31')
C('cnn', 24, 'بيونيو/حزيران 2017', '2017-06-01..2017-06-30')
C('cnn', 253, '27 فبراير/ شباط 1972', '1972-02-27')
C('f24', 37, 'شهر أبريل/نيسان 2010', '2010-04-01..2010-04-30')
C('bbc', 13, 'التاسع من فبراير/شباط الجاري', '~2018-02-09')
C('bbc', 27, 'السادس من ديسمبر/كانون الأول الماضي', '~2017-12-06')
C('bbc', 59, 'الرابع من حزيران عام 1967', '1967-06-04')
C('bbc', 137, 'الرابع من مارس/آذار 2018', '2018-03-04')
C('bbc', 177, 'أكتوبر/تشرين الأول من العام الماضي', '~2017-10-01..2017-10-31')
C('bbc', 232, 'الحادي والعشرين من مارس/ آذار', '~2018-03-21')
C('bbc', 51, 'الأولى من نوعها', 'none')
C('bbc', 52, 'الثالث من نوعه', 'none')
C('bbc', 213, 'الثالثة والعشرين من عمره', 'none')
C('bbc', 253, 'اليوم الأول من الانتخابات', 'none')
C('bbc', 2, 'خلال الأسابيع الماضية', 'vague', 'vague=1')
C('bbc', 26, 'الأيام القادمة', 'vague+', 'vague=1')
C('bbc', 71, 'الأيام الأخيرة', 'vague', 'vague=1')
C('bbc', 168, 'خلال الأسبوعين الأخيرين', 'r-14..r0')
C('bbc', 182, 'الأيام القليلة الماضية', 'vague', 'vague=1')
C('bbc', 323, 'خلال الأسبوعين الماضيين', 'r-14..r0')
C('f24', 22, 'على مدى الأسبوعين الماضيين', 'r-14..r0')
C('cnn', 73, 'على مدى السنوات السبع الماضية', '~2011-02-23..2018-02-23')
C('bbc', 15, 'قبل أسابيع', 'none')
C('bbc', 22, 'قبل أشهر قليلة', 'vague', 'vague=1')
C('bbc', 35, 'منذ سنوات', 'vague', 'vague=1')
C('bbc', 73, 'وقبل أيام', 'vague', 'vague=1')
C('f24', 17, 'منذ أيام', 'vague', 'vague=1')
C('ara', 9, 'منذ عدة أيام', 'vague', 'vague=1')
C('bbc', 83, 'الساعة 17:00 بتوقيت غرينيتش', 'time', 'time=17:00 zone=غرينيتش')
C('bbc', 110, '14:00 بالتوقيت المحلي', 'time', 'time=14:00 zone=المحلي')
C('bbc', 200, 'الساعة 8:00 مساء الثلاثاء 20 فبراير/شباط', '~2018-02-20', 'time=20:00 wd=2')
C('bbc', 960, 'الأربعاء الساعة 17:08 بتوقيت غرينتش', 'wd<=3', 'time=17:08 zone=غرينتش')
C('cnn', 578, 'الساعة 7:40 صباح الأربعاء', 'wd<=3', 'time=07:40')
C('cnn', 583, 'الساعة 5:32 مساء الأربعاء', 'wd<=3', 'time=17:32')
C('cnn', 646, 'الساعة 10:16 مساء الإثنين', 'wd<=1', 'time=22:16')
C('cnn', 743, 'الساعة 12:46 من ظهر اليوم', 'r0', 'time=12:46')
C('f24', 31, '07:00 ت غ', 'time', 'time=07:00 zone=ت_غ')
C('f24', 122, 'الساعة 13:15 بالتوقيت المحلي', 'time', 'time=13:15 zone=المحلي')
C('bbc', 12, 'ولمدة خمس سنوات', 'dur')
C('bbc', 15, 'لمدة 15 يوما', 'dur')
C('cnn', 76, 'لمدة 30 يوما', 'dur')
C('ara', 7, 'لمدة يومين', 'dur')
C('bbc', 13, 'لسنوات', 'dur')
C('ara', 63, 'لسنوات', 'dur')
C('bbc', 5, 'عام 2008', '2008-01-01..2008-12-31')
C('cnn', 12, 'العام 2016', '2016-01-01..2016-12-31')
C('ara', 31, 'عام 2015م', '2015-01-01..2015-12-31')
C('cnn', 1240, 'يوم 14/08/2018 الساعة 5:11 م', '2018-08-14', 'time=17:11')
C('cnn', 1329, 'يوم 3/9/2018', '2018-09-03')
C('cnn', 1449, '9/10/2018', '2018-10-09')
C('sky', 64, '16-08-2017', '2017-08-16')
C('sky', 528, '13-5-2011', '2011-05-13')
C('sky', 1700, '31/1/2018', '2018-01-31')
C('ara', 407, '7/3/2018', '2018-03-07')
C('ara', 581, '١٢/٢/٢٠١٨', '2018-02-12')
C('ara', 1945, '04/08/2016م', '2016-08-04')
C('ara', 1200, '12/2/1439هـ', '2017-11-02', 'hijri=1 note=tabular; Umm al-Qura 2017-11-01')
C('sky', 2255, 'يوم الأحد القادم 26/9/1439هـ', '2018-06-10', 'hijri=1 wd=0')
C('ara', 448, '17.7-40', 'none')
C('cnn', 901, 'مساء يوم الثلاثاء التاسع والعشرين من شهر شعبان لهذا العام 1439هـ', '2018-05-15', 'hijri=1 wd=2')

# ---- SaudiNewsNet, Asharq Al-Awsat 2015 (reference = crawl date) --------------------------
C('aws', 5, '15 فبراير (شباط)', '~2015-02-15')
C('aws', 33, '26 فبراير (شباط) 2016', '2016-02-26')
C('aws', 40, '17 ديسمبر (كانون الاول)', '~2014-12-17')
C('aws', 57, '12 سبتمبر (أيلول) الماضي', '~2014-09-12')
C('aws', 1019, 'مايو/ أيار 2014', '2014-05-01..2014-05-31')
C('aws', 17, 'قبل أربعة أعوام', 'year-4')
C('aws', 37, 'قبل 17 عاما', 'year-17')
C('aws', 55, 'منذ نحو أربعة أشهر', 'dur')
C('aws', 77, 'قبل 7 أشهر', 'month-7')
C('aws', 79, 'منذ ثلاثة أيام', 'r-3')
C('aws', 8, 'بداية الشهر الحالي', 'month0:e1')
C('aws', 23, 'مطلع العام الحالي', 'year0:e1')
C('aws', 32, 'مطلع الأسبوع الحالي', 'week0:e1')
C('aws', 14, 'أوائل مايو (أيار) من العام الحالي', '~2015-05-01..2015-05-10')
C('aws', 26, 'خلال السنوات الخمس الأخيرة', '~2010-07-21..2015-07-21')
C('aws', 44, 'قبل أسابيع عدة', 'vague', 'vague=1')
C('aws', 25, 'مساء أمس', 'r-1')
C('aws', 29, 'صباح اليوم (الاثنين)', 'r-1', 'conflict=1 wd=1')
C('aws', 1, 'على مدى خمسة أعوام', 'dur')
C('aws', 79, 'لمدة 3 أشهر', 'dur')
C('aws', 46, 'سنة 1990', '1990-01-01..1990-12-31')
C('aws', 236, 'يوم 4-6-2015', '2015-06-04')
C('aws', 638, '9-9-1429هـ', '2008-09-10', 'hijri=1')
C('aws', 2890, '15-8-1436هـ', '2015-06-03', 'hijri=1 note=tabular; Umm al-Qura 2015-06-02')
C('aws', 1238, '7.34.66', 'none')
C('aws', 1928, '0.1.14', 'none')
C('aws', 48, 'عام 1396هـ', '1976-01-03..1976-12-22', 'hijri=1')
C('aws', 674, 'عام 1391هـ الموافق 1971م', '1971-01-01..1971-12-31')
C('aws', 2253, 'عام 1428هـ/ 2007', '2007-01-20..2008-01-09', 'hijri=1')
C('aws', 1185, 'نهاية يوم الخميس 5 ذي القعدة 1436هـ الساعة الخامسة', '2015-08-20', 'hijri=1 wd=4 time=05:00')

# ---- peers: Microsoft Recognizers-Text (reference 2016-11-07 unless stated) ---------------
R = 'recognizers-ar/DateTime/'
DP, PP, DE = R + 'DateParser.json#', R + 'DatePeriodParser.json#', R + 'DateExtractor.json#'
peer(DP + '5', 'سأعود في [12 يناير 2016]', '2016-11-07', '2016-01-12')
peer(DP + '6', 'سأعود [يوم الاثنين 12 يناير 2016]', '2016-11-07', '2016-01-12', 'conflict=1 wd=1')
peer(DP + '7', 'سأعود [2016/02/22]', '2016-11-07', '2016-02-22')
peer(DP + '10', 'سأعود [21-04-2016]', '2016-11-07', '2016-04-21')
peer(DP + '9', 'سوف أعود [16/04/21]', '2016-11-07', '2021-04-16',
     'note=peer reads YY/MM/DD (2016-04-21); Arab pages write D/M/YY')
peer(DP + '22', 'سأعود في [1 يناير]', '2016-11-07', '~2016-01-01', 'note=peer leaves the year open')
peer(DP + '26', 'سأعود في [الحادي والعشرين من مايو]', '2016-11-07', '~2016-05-21')
peer(DP + '28', 'سأعود [الثاني من أغسطس]', '2016-11-07', '~2016-08-02')
peer(DP + '32', 'سأعود [اليوم]', '2016-11-07', 'r0')
peer(DP + '33', 'سأعود [غداً]', '2016-11-07', 'r+1')
peer(DP + '34', 'سأعود [بالأمس]', '2016-11-07', 'r-1', 'note=span includes the clitic ب')
peer(DP + '35', 'سأعود [قبل يوم أمس]', '2016-11-07', 'r-2')
peer(DP + '36', 'سأعود [بعد غد]', '2016-11-07', 'r+2')
peer(DP + '41', 'سأعود [يوم الأحد القادم]', '2016-11-07', 'wd>0',
     'note=peer 2016-11-20 (Sunday of next week); we take the next Sunday')
peer(DP + '42', 'سأعود [يوم الأحد الماضي]', '2016-11-07', 'wd<0')
peer(DP + '49', 'سأعود [15 يونيو 2016]', '2016-11-07', '2016-06-15')
peer(DP + '53', 'سأعود [يوم الجمعة من الاسبوع المقبل]', '2016-11-07', '~2016-11-18')
peer(DP + '58', 'من الذي راسلته عبر البريد الإلكتروني [قبل شهر]', '2016-11-07', 'month-1',
     'note=peer gives the day 2016-10-07; we give the calendar month')
peer(DP + '34', 'سأعود [بالأمس]', '', 'unres')
peer(PP + '12', 'سأخرج في [الأسبوع القادم]', '2016-11-07', 'week+1', 'note=peer weeks start Monday')
peer(PP + '16', 'سأخرج في [سبتمبر الماضي]', '2016-11-07', '~2016-09-01..2016-09-30',
     'note=peer 2015-09; the last September before November 2016 is 2016-09')
peer(PP + '17', 'سأخرج في [يونيو القادم]', '2016-11-07', '~2017-06-01..2017-06-30')
peer(PP + '55', 'سأخرج في [يونيو 2016]', '2016-11-07', '2016-06-01..2016-06-30')
peer(PP + '57', 'سأخرج [العام المقبل]', '2016-11-07', 'year+1')
peer(PP + '25', 'سأخرج [3/2015]', '2016-11-07', '2015-03-01..2015-03-31')
peer(PP + '81', 'يرجى تحديد موعد لقاءنا [مطلع العام المقبل]', '2017-11-08', 'year+1:e1',
     'note=peer gives the whole year')
peer(PP + '84', 'كان لدينا اجتماع [أواخر العام الماضي]', '2017-11-08', 'year-1:e3')
peer(PP + '86', 'كان لدينا اجتماع [أواخر الشهر الماضي]', '2017-11-08', 'month-1:e3')
peer(PP + '8', 'سأخرج من [4 إلى 22 يناير 1995]', '2016-11-07', '1995-01-04..1995-01-22')
peer(PP + '41', 'سأخرج [19-20 نوفمبر]', '2016-11-07', '~2016-11-19..2016-11-20')
peer(PP + '63', 'سأخرج في [الأسابيع الثلاثة الماضية]', '2016-11-07', 'r-21..r0')
peer(PP + '28', '[الأيام القليلة الماضية]', '2016-11-07', 'vague',
     'vague=1 note=peer (2016-11-04,2016-11-07)')
peer(PP + '27', '[اليومين المقبلين]', '2016-11-07', 'r0..r+2', 'note=peer (11-08,11-10)')
peer(PP + '5', 'سأخرج من [4 حتى 23 من هذا الشهر]', '2016-11-07', '~2016-11-04..2016-11-23')
peer(PP + '4', 'سأخرج من [4 إلى 23 الشهر المقبل]', '2016-11-07', '~2016-12-04..2016-12-23')
peer(DE + '81', 'الجائزة الأولى', '2016-11-07', 'none')
peer(DE + '82', 'سأذهب إلى الطابق الـ27', '2016-11-07', 'none')
peer(DE + '84', 'الحصول على تذاكر لتجربة الباب السابع عشر المسكونة', '2016-11-07', 'none')

# ---- peers: Facebook Duckling (reference Tuesday 2013-02-12) -------------------------------
D = 'duckling-ar/duckling_ar_examples.tsv:'
DR = '2013-02-12'
peer(D + '502', '[اليوم]', DR, 'r0')
peer(D + '508', '[امس]', DR, 'r-1')
peer(D + '509', '[البارحة]', DR, 'r-1')
peer(D + '513', '[غدا]', DR, 'r+1')
peer(D + '514', '[بكرة]', DR, 'r+1')
peer(D + '515', '[يوم غد]', DR, 'r+1')
peer(D + '517', '[الاثنين]', DR, 'wd<=1', 'note=duckling looks forward (02-18); news looks back')
peer(D + '520', '[الاثنين 18 شباط]', DR, '~2013-02-18')
peer(D + '525', '[يوم الجمعة 15 شباط]', DR, '~2013-02-15')
peer(D + '526', '[الخميس 15 اغسطس]', DR, '~2013-08-15', 'note=year chosen by the weekday')
peer(D + '528', '[الخميس الموافق 14 شهر شباط]', DR, '~2013-02-14')
peer(D + '536', '[الاول من اذار]', DR, '~2013-03-01')
peer(D + '537', '[1 مارس]', DR, '~2013-03-01')
peer(D + '541', '[الرابع من ابريل]', DR, '~2012-04-04',
     'note=duckling 2013-04-04; more than a month ahead we read the past one')
peer(D + '546', '[الاربعاء، 13 شباط]', DR, '~2013-02-13')
peer(D + '547', '[الثالث عشرة من شباط]', DR, '~2013-02-13')
peer(D + '548', '[الاربعاء الموافق الثالث عشر من شباط 2013]', DR, '2013-02-13')
peer(D + '549', '[الاسبوع الماضي]', DR, 'week-1', 'note=duckling weeks start Monday')
peer(D + '552', '[قبل اسبوع]', DR, 'r-7')
peer(D + '554', '[هذا الاسبوع]', DR, 'week0')
peer(D + '556', '[الاسبوع القادم]', DR, 'week+1')
peer(D + '560', '[الشهر الماض]', DR, 'month-1')
peer(D + '562', '[السنة السابقة]', DR, 'year-1')
peer(D + '563', '[السنة القادمة]', DR, 'year+1')
peer(D + '564', '[السنة الحالية]', DR, 'year0')
peer(D + '565', '[هذه السنة]', DR, 'year0')
peer(D + '566', '[الاحد الماضي]', DR, 'wd<0')
peer(D + '568', '[الاحد من الاسبوع الماضي]', DR, '~2013-02-03', 'note=duckling 02-10 (Monday weeks)')
peer(D + '570', '[الاثنين من هذا الاسبوع]', DR, '~2013-02-11')
peer(D + '571', '[الثلاثاء الماضي]', DR, 'wd<2')
peer(D + '573', '[ثلاثاء الاسبوع الفائت]', DR, '~2013-02-05')
peer(D + '603', '[الساعة 3 صباحا]', DR, 'time', 'time=03:00')
peer(D + '608', '[3:18 صباحا]', DR, 'time', 'time=03:18')
peer(D + '613', '[الساعة الثالثة عصرا]', DR, 'time', 'time=15:00')
peer(D + '622', '15:15', DR, 'none', 'note=a bare clock alone is not reported')
peer(D + '628', '[12:30 ظهرا]', DR, 'time', 'time=12:30')
peer(D + '640', '[الخميس الساعة 8 بتوقيت GMT]', DR, 'wd<=4', 'time=08:00 zone=GMT')
peer(D + '642', '[يوم السبت 21/09 الساعة 1:30 بعد الظهر]', DR, '~2013-09-21', 'time=13:30')
peer(D + '645', 'في [اوائل اذار]', DR, '~2013-03-01..2013-03-10')
peer(D + '647', 'في [اواخر اذار]', DR, '~2013-03-21..2013-03-31')
peer(D + '655', '[13 الى 15 تموز]', DR, '~2012-07-13..2012-07-15', 'note=duckling 2013')
peer(D + '675', '[رمضان 2019]', DR, '2019-05-06..2019-06-04', 'hijri=1')
peer(D + '676', 'حب', DR, 'none')
peer(D + '677', 'اياب', DR, 'none')
peer(D + '678', 'ابحث', DR, 'none')
peer(D + '390', '30 يوم', DR, 'none')

# ---- hand-made for the SPEC's cases, with empty references ------------------------------
seed('brief', '[مساء اليوم]', '', 'unres')
seed('brief', '[السبت الماضي]', '', 'unres')
seed('brief', '[الشهر الجاري]', '', 'unres')
seed('brief', '[العام الماضي]', '', 'unres')
seed('brief', '[الأسبوع الماضي]', '', 'unres')
seed('brief', '[15 رمضان 1440 هـ]', '', '2019-05-20', 'hijri=1')
seed('brief', '[27 فبراير/ شباط 2019]', '', '2019-02-27')
seed('brief', '[2019-02-27T14:02:00+02:00]', '', '2019-02-27', 'time=14:02 zone=+02:00')
seed('brief', '[الشهر الجاري]', '2019-02-27', 'month0')
seed('brief', '[الشهر الماضي]', '2019-02-27', 'month-1')
seed('brief', '[مساء اليوم]', '2019-02-27', 'r0')
seed('brief', '[السبت الماضي]', '2019-02-27', 'wd<6')

with open(OUT, 'w', encoding='utf-8') as f:
    f.write('# phrase\treference\tstart\tend\trelative\tsource\tkind\textra\n')
    f.write('# [brackets] mark the expected span (whole phrase when absent); "-" = unknown;\n')
    f.write('# kind: date | time | duration | none (no date or time may overlap the span).\n')
    f.write('# Generated by make_gold.py; expected values are the project convention (docs/dates.md).\n')
    for r in rows:
        f.write('\t'.join(r) + '\n')
print(len(rows), 'rows ->', OUT)
