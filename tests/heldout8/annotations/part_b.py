"""Eighth held-out claim set, part b (see ann_heldout8.py)."""
from dsl import *

ARAB_COALITION = OR("التحالف العربي")
MALIKI = PE("تركي المالكي", "المتحدث الرسمي لقوات التحالف")
RIYADH_CD = OF("الدفاع المدني بمنطقة الرياض")
HAMMADI = PE("محمد الحمادي", "المتحدث الإعلامي للدفاع المدني بمنطقة الرياض")
IDF = OF("الجيش الإسرائيلي")
PENTAGON_SRC = AN("عدة مصادر من وزارة الدفاع البنتاغون ومن الإدارة الأمريكية")
GAZA_MOH = OF("وزارة الصحة في غزة")
UNRWA = OR("الأونروا")
WHITE_HELMETS = OR("الخوذ البيضاء")
LOCAL_YE = AN("مصادر يمنية محلية")
MIL_SRC_YE = AN("مصادر عسكرية وميدانية")

# ------------------------------------------------------------------ shared evidence
CN373_L = 'دبي، الإمارات العربية المتحدة (CNN)-- أعلن التحالف العربي الذي تقوده المملكة العربية السعودية في اليمن، في الساعات الأولى من يوم الاثنين، أن قوات الدفاع الجوي السعودي اعترضت 7 صواريخ باليستية جرى إطلاقها من الأراضي اليمنية، واستهدف 3 منها الرياض، فيما أسفر سقوط إحدى شظايا الصواريخ عن مقتل مقيم مصري وإصابة مصريين اثنين بالعاصمة السعودية.'
CN373_P1 = 'وقال المتحدث الرسمي لقوات التحالف العقيد الركن تركي المالكي إنه "في مساء الأحد، رصدت قوات الدفاع الجوي للتحالف عملية إطلاق 7 صواريخ بالستية من داخل الأراضي اليمنية باتجاه أراضي المملكة".'
CN373_P2 = 'وأضاف أن "ثلاثة منها كانت باتجاه مدينة الرياض وواحد باتجاه خميس مشيط وواحد باتجاه نجران واثنان باتجاه جازان وتم إطلاقها بطريقة عشوائية وعبثية لاستهداف المناطق المدنية والآهلة بالسكان، وجرى اعتراضها جميعا وتدميرها من قبل قوات الدفاع الجوي الملكي السعودي".'

FR154_L = 'قتل ثمانية فلسطينيين وأصيب أكثر من 440 آخرين، بينهم 25 بجروح خطرة، برصاص الجيش الإسرائيلي على حدود قطاع غزة الجمعة، إثر تظاهرات فلسطينية حاشدة.'
FR154_IDF = 'من جهته، أفاد الجيش الاسرائيلي أن نحو 20 ألف فلسطيني قاموا بـ"أعمال شغب" حيث "جرت محاولات للتسلل إلى إسرائيل".'
FR154_P1 = 'لقي ثمانية متظاهرين فلسطينيين مصرعهم برصاص القوات الإسرائيلية خلال صدامات اندلعت لدى تظاهر آلاف الفلسطينيين قرب الحدود بين إسرائيل وقطاع غزة الجمعة.'
FR154_P2 = 'وأفادت وزارة الصحة في غزة أنه تم نقل 442 جريحا إلى المستشفيات بينهم 25 جروحهم "خطرة" مشيرة إلى أن بين القتلى فتى يبلغ من العمر 16 عاما.'

FR269_L = 'من جانبها، أعربت الأونروا عن قلقها إزاء مصير المدنيين المتواجدين في المخيم والذي يقدر عددهم بنحو 6 آلاف لاجئ فلسطيني، بالإضافة إلى 6 آلاف آخرين في المناطق المجاورة.'
FR269_P1 = 'واصلت قوات النظام السوري الجمعة قصفها المكثف على مخيم اليرموك جنوب دمشق، لليوم الثاني على التوالي، في وقت أبدت فيه وكالة الأمم المتحدة لغوث وتشغيل اللاجئين "الأونروا" خشيتها على مصير آلاف المدنيين في المخيم ومحيطه.'
FR269_P5 = 'ويرد التنظيم بإطلاق قذائف على الأحياء المجاورة، ما تسبب الجمعة بمقتل مدني وفق المرصد في وقت أفادت سانا عن إصابة خمسة مدنيين بجروح الجمعة، غداة مقتل أربعة مدنيين وإصابة 52 آخرين الخميس.'
FR269_P8 = 'وقدرت المنظمة وجود نحو ستة آلاف لاجئ فلسطيني مدني داخل المخيم ونحو ستة آلاف آخرين في المناطق المجاورة، مشيرة إلى "تقارير عن نزوح عدد كبير منهم إلى منطقة يلدا المجاورة".'

FR767_L1 = 'ووجد هؤلاء العناصر أنفسهم محاصرين "من النظام من ثلاث جهات وإسرائيل من الجهة الرابعة" غداة إجلاء أكثر من 400 شخص من "الخوذ البيضاء" وأفراد عائلاتهم إلى الأردن عبر إسرائيل.'
FR767_P1 = 'لا يزال المئات من عناصر "الخوذ البيضاء"، الدفاع المدني في مناطق الفصائل المعارضة، عالقين في جنوب سوريا، وفق ما أكد اثنان منهما الاثنين، مبدين خشيتهما على مصيرهما غداة إجلاء أكثر من 400 منهم مع عائلاتهم إلى الأردن.'
FR767_P20 = 'وفي بيان أصدرته الاثنين، قالت منظمة "الخوذ البيضاء" إن إجلاء 98 عنصرا مع 324 من أفراد عائلاتهم "كان الخيار الوحيد لمتطوعينا العالقين الذين كانوا يواجهون خطر الاعتقال أو الموت على أيدي النظام السوري وحلفائه الروس".'

SK1811_P4 = 'من جانب آخر، أعلنت مصادر عسكرية وميدانية مقتل 20 من ميليشيات الحوثى في غارات شنتها مقاتلات التحالف العربي في محافظة حجه الحدودية مع السعودية.'
SK1811_P6 = 'وشنت مقاتلات التحالف العربي نحو 18 غارة جوية على مواقع الحوثيين في حرض وعبس، موقعة عشرات القتلى والجرحى، فضلا عن تدمير عدد من الآليات العسكرية.'

SK3819_P2 = 'وقال إن الهجوم تسبب في مقتل 10 عناصر من مقاتلي سوريا الديمقراطية، فضلا عن أسر داعش 35 آخرين على الأقل، كما فر عشرات نتيجة الهجوم ونفاد ذخيرتهم.'
SK3819_P10 = 'وحسب معلومات المرصد، فقد قتل في المعارك المستمرة منذ شهر 267 من مسلحي داعش، في حين قتل 149 مقاتلا من قوات "قسد"، مع توقعات بارتفاع أعداد القتلى نظرا لوجود عدد كبير من الإصابات الخطيرة في الجانبين.'

SK3020_L = 'أعلن الجيش الإسرائيلي، مساء الجمعة، شن غارات جوية واسعة النطاق في غزة، بعد مقتل جندي برصاص قناص فلسطيني فيما وصفه بـ" حادث خطير" على الحدود الشرقية للقطاع المحاصر، التي قتل فيها 4 فلسطينيين وأصيب أكثر من 120 آخرين بنيرانه.'
SK3020_P2 = 'وتحدثت تقارير إعلامية عن مقتل جندي إسرائيلي في إطلاق نار على الحدود الشرقية لغزة، قبل أن يصدر الجيش الإسرائيلي لاحقا بيانا أقر فيه بأن أحد جنوده أصيب بالرصاص جنوبي قطاع غزة، وتوفي لاحقا متأثرا بجروحه.'
SK3020_P5 = 'وذكر مراسل "سكاي نيوز" أن صفارات الإنذار دوت في مستوطنات محيط قطاع غزة، وبعد ذلك أعلن الجيش الإسرائيلي إن منظومة "القبة الحديدية" اعترضت قذيفتين صاروخيتين من أصل 3 أطلقت من غزة.'
SK3020_P6 = 'وكانت القوات الإسرائيلية قتلت في وقت سابق الجمعة 4 فلسطينيين، سقط ثلاثة منهم من جراء قصف مدفعي مكثف على طول الحدود بين غزة وإسرائيل.'

ARTICLES = [
# ---------------------------------------------------------------- CNN
# cnn:373 — Saudi air defence intercepts 7 ballistic missiles fired from Yemen (3 at Riyadh); shrapnel kills an Egyptian resident and wounds two (coalition spokesman al-Maliki, Riyadh civil defence)
A("cnn", 373, [
    C("attack", "asserted", N(7, "other", "7 صواريخ بالستية"),
      CN373_P1, src=[ARAB_COALITION, MALIKI], verb="قال", agent="الجماعة الحوثية", place="أراضي المملكة", time="في مساء الأحد",
      also=[CN373_L],
      note="ballistic missiles fired at Saudi Arabia (all intercepted) → attack, unit other; the lede's «أعلن التحالف ... 7 صواريخ باليستية» summarises the spokesman's statement → also; agent from al-Maliki's later «هذا العمل العدائي ... من قبل الجماعة الحوثية»; the SPA attribution of the third quote («وفقا لما نقلته وكالة الأنباء السعودية») may cover all of al-Maliki's quotes (chain with SPA defensible)"),
    C("attack", "asserted", N(3, "other", "ثلاثة منها"),
      CN373_P2, src=[ARAB_COALITION, MALIKI], verb="أضاف", agent="الجماعة الحوثية", place="مدينة الرياض",
      also=[CN373_L],
      note="subset of the 7 aimed at Riyadh; the lede's «واستهدف 3 منها الرياض» (same coalition statement) → also"),
    C("attack", "asserted", N(1, "other", "واحد"),
      CN373_P2, src=[ARAB_COALITION, MALIKI], verb="أضاف", agent="الجماعة الحوثية", place="خميس مشيط",
      note="subset of the 7: one missile aimed at Khamis Mushait (explicit numeral «واحد», noun elided); the two «واحد» are told apart by place"),
    C("attack", "asserted", N(1, "other", "واحد"),
      CN373_P2, src=[ARAB_COALITION, MALIKI], verb="أضاف", agent="الجماعة الحوثية", place="نجران",
      note="subset of the 7: one missile aimed at Najran"),
    C("attack", "asserted", N(2, "other", "اثنان"),
      CN373_P2, src=[ARAB_COALITION, MALIKI], verb="أضاف", agent="الجماعة الحوثية", place="جازان",
      note="subset of the 7: two missiles aimed at Jazan"),
    C("attack", "asserted", N(2, "people", "مصريين اثنين"),
      CN373_L, place="بالعاصمة السعودية", time="في الساعات الأولى من يوم الاثنين",
      note="two Egyptians wounded by falling shrapnel; the «فيما أسفر ...» clause reads as the outlet's addition to the coalition's announcement (al-Maliki mentions only the dead resident) → outlet-only (coalition defensible); the same figure comes from the Riyadh civil defence below (different source → own claim); «مقتل مقيم مصري» is a bare singular"),
    C("attack", "asserted", N(2, "people", "اثنين آخرين"),
      'وقال إن "سقوط إحدى الشظايا على منزل سكني تسبب في استشهاد مقيم وإصابة اثنين آخرين جميعهم من الجنسية المصرية، وتم التعامل مع الحادث وفق الخطط المعدة لذلك".',
      src=[RIYADH_CD, HAMMADI], verb="قال", place="منزل سكني", 
      note="wounded; the civil-defence spokesman is named in the previous sentence («أعلن المتحدث الإعلامي للدفاع المدني ... محمد الحمادي») and «وقال» continues him; «استشهاد مقيم» is a bare singular"),
], note="«الذكرى الثالثة», «العام الرابع» are ordinals; al-Maliki's «استشهاد مقيم من الجالية المصرية» and the December missile («صاروخا باليستيا») are bare singulars; the Houthi leader's speech has no figures"),

# cnn:822 — Gaza: three Palestinians shot dead trying to cross the border (Israeli army); two identified (health ministry); 51 killed in six weeks of protests (CNN's tally from ministry data)
A("cnn", 822, [
    C("attack", "asserted", N(3, "people", "ثلاثة فلسطينيين"),
      'القدس (CNN) – لقي ثلاثة فلسطينيين حتفهم، برصاص القوات الإسرائيلية، بعد محاولتهم عبور الحدود من قطاع غزة إلى إسرائيل، الأحد، وفقا للجيش الإسرائيلي.',
      src=[IDF], verb="وفقا", agent="القوات الإسرائيلية", place="الحدود من قطاع غزة إلى إسرائيل", time="الأحد"),
    C("attack", "asserted", N(2, "people", "شخصين من القتلى"),
      'وعُرفت هوية شخصين من القتلى وهما، بهاء قديح ويبلغ من العمر 23 عاما، ومحمد أبو ريدة، الذي يبلغ من العمر 20 عاما، وفقا لوزارة الصحة.',
      src=[OF("وزارة الصحة")], verb="وفقا",
      note="two of the dead named by the (Palestinian) health ministry: a subset of the three, from another source → attack (statement defensible); «23 عاما», «20 عاما» are ages"),
    C("attack", "asserted", N(51, "people", "51 فلسطينيا"),
      'وتأتي هذه الحادثة بعد ستة أسابيع، شهدت خلالها حدود إسرائيل مع قطاع غزة احتجاجات من قبل الفلسطينيين راح ضحيتها 51 فلسطينيا، قتلوا على يد القوات الإسرائيلية وفقا لإحصائية أجرتها CNN بالاستناد إلى معلومات من وزارة الصحة.',
      verb="وفقا لإحصائية أجرتها CNN", agent="القوات الإسرائيلية", place="حدود إسرائيل مع قطاع غزة", time="بعد ستة أسابيع",
      note="cumulative; CNN's own count «بالاستناد إلى معلومات من وزارة الصحة» → outlet-only (ministry as innermost source defensible)"),
], note="«بعد ستة أسابيع», «العقود السبعة الماضية» are durations; the Israeli statement and the accusation against Hamas have no figures"),

# cnn:462 — US military plans to send dozens more troops to northern Syria (Pentagon/administration sources); ~2,000 US troops in Syria; two coalition soldiers killed in Manbij
A("cnn", 462, [
    C("transfer", "asserted", V("ashrat", "fighters", "عشرات من الجنود الأمريكيين"),
      'أتلانتا، الولايات المتحدة الأمريكية (CNN)-- علمت CNN بأن الجيش الأمريكي يخطط لإرسال عشرات من الجنود الأمريكيين لشمال سوريا، وفقاً لما أكدته عدة مصادر من وزارة الدفاع "البنتاغون" ومن الإدارة الأمريكية.',
      src=[PENTAGON_SRC], verb="أكدته", agent="الجيش الأمريكي", place="شمال سوريا",
      note="planned deployment (troops moved into Syria → transfer); «يخطط لإرسال» is a plan without a hedge word → asserted; «عدة مصادر» counts CNN's sources, not annotated; «وقال المسؤولون» in the next sentence continues them (no figure)"),
    C("presence", "asserted", N(2000, "fighters", "حوالي ألفي جندي أمريكي", approx=True),
      'وقد نقلت CNN سابقاً بأن ملاحظات ترامب حيّرت الكثيرين في البنتاغون، وسيعقد اجتماع لمجلس الأمن القومي، الثلاثاء، لمناقشة خطط الإدارة الأمريكية لمحاربة تنظيم الدولة الإسلامية في العراق والشام أو ما يُعرف بـ"داعش" في سوريا، وما الخطوة التالية لحوالي ألفي جندي أمريكي في البلاد التي مزقتها الحرب.',
      place="في البلاد", 
      note="US troops in Syria, outlet's voice (background); printed «لحوالي ألفي» (dual of ألف = 2,000); «الكثيرين» is no count"),
    C("attack", "asserted", N(2, "fighters", "جنديان"),
      'وأتت تصريحات ترامب في نفس اليوم الذي قتل فيه جنديان، أحدهما أمريكي والآخر بريطاني، بانفجار في مدينة منبج السورية، وقال ادريان غالواي، المتحدث باسم "البنتاغون" إن الجنديين، الأسبوع الماضي كانا في مهمة سرية تستهدف قياديا في "داعش."',
      place="مدينة منبج السورية", time="في نفس اليوم",
      note="the deaths are told in the outlet's voice; the Pentagon spokesman Galloway speaks only of their mission → outlet-only (Pentagon defensible); «أحدهما أمريكي والآخر بريطاني» split the two into singulars, not annotated"),
], note="the lines «اقرأ.. ترامب: سنخرج من سوريا قريبا جدا..» and «أيضاً.. ترامب يجمّد مساعدات بقيمة 200 مليون دولار» are site links (money anyway); «لعدة أيام» is a duration; Trump's intention to withdraw has no figure"),

# ---------------------------------------------------------------- France 24
# france24:154 — Gaza, second Friday of border protests: 8 Palestinians killed, >440 (ministry: 442) wounded incl. 25 seriously; 6 journalists wounded; Israeli army: ~20,000 rioters
A("france24", 154, [
    C("attack", "asserted", N(8, "people", "ثمانية فلسطينيين"),
      FR154_L, agent="الجيش الإسرائيلي", place="حدود قطاع غزة", time="الجمعة",
      also=[FR154_P1],
      note="outlet's voice (lede); the first paragraph's «لقي ثمانية متظاهرين فلسطينيين مصرعهم» (outlet again, same figure) → also"),
    C("attack", "asserted", R(441, None, "people", "أكثر من 440 آخرين"),
      FR154_L, agent="الجيش الإسرائيلي", place="حدود قطاع غزة", time="الجمعة",
      note="wounded, outlet's voice; the rounded form of the ministry's 442 below → own claim"),
    C("attack", "asserted", N(25, "people", "25"),
      FR154_L, agent="الجيش الإسرائيلي", place="حدود قطاع غزة", time="الجمعة",
      note="seriously wounded («بينهم 25 بجروح خطرة»), subset of the >440, outlet's voice; the same figure from the ministry below is another source's claim"),
    C("statement", "asserted", N(20000, "people", "نحو 20 ألف فلسطيني", approx=True),
      FR154_IDF, src=[IDF], verb="أفاد", place="الحدود", time="الجمعة", occ=1,
      also=[FR154_IDF, 'نحو 20 ألف فلسطيني تظاهروا على الحدود بين قطاع غزة وإسرائيل'],
      note="protesters the army calls rioters → statement (as «20 ألف متظاهر», CN-515); the sentence is printed twice (lede and body): main = the body occurrence (occ=1), the lede occurrence → also; the in-text subheading «نحو 20 ألف فلسطيني تظاهروا ...» gives the same figure → also"),
    C("attack", "asserted", R(21, None, "people", "أكثر من 20 فلسطينيا"),
      'وتأتي تلك التظاهرات للجمعة الثانية على التوالي بعد احتجاجات مماثلة الأسبوع الماضي أسفرت عن مقتل أكثر من 20 فلسطينيا.',
      time="الأسبوع الماضي",
      note="previous Friday's toll, outlet's voice (background); «للجمعة الثانية» is an ordinal"),
    C("statement", "asserted", V("alaf", "people", "آلاف الفلسطينيين"),
      FR154_P1, place="قرب الحدود بين إسرائيل وقطاع غزة", time="الجمعة",
      note="protesters, outlet's voice"),
    C("attack", "asserted", N(442, "people", "442 جريحا"),
      FR154_P2, src=[GAZA_MOH], verb="أفادت", time="الجمعة",
      note="wounded taken to hospitals; «فتى يبلغ من العمر 16 عاما» is a singular and an age"),
    C("attack", "asserted", N(25, "people", "25"),
      FR154_P2, src=[GAZA_MOH], verb="أفادت",
      note='seriously wounded («بينهم 25 جروحهم "خطرة"»), subset of the 442'),
    C("attack", "asserted", N(6, "people", "ستة صحافيين فلسطينيين"),
      'كما أفادت نقابة الصحافيين الفلسطينين ومركز حقوقي أن ستة صحافيين فلسطينيين أصيبوا برصاص الجيش الإسرائيلي الجمعة.',
      src=[OR("نقابة الصحافيين الفلسطينين")], verb="أفادت", agent="الجيش الإسرائيلي", time="الجمعة",
      note="wounded journalists; joint attribution «نقابة الصحافيين الفلسطينين ومركز حقوقي» → one chain (the syndicate, name as printed) with this note"),
    C("statement", "asserted", V("alaf", "people", "آلاف المتظاهرين"),
      'وأفاد مراسلو وكالة فرانس برس الجمعة أن آلاف المتظاهرين تجمعوا على بعد عشرات الأمتار من السياج الحدودي خصوصا في شرق مدينتي خان يونس وغزة في جنوب القطاع.',
      src=[AG("فرانس برس", "مراسلون")], verb="أفاد", place="شرق مدينتي خان يونس وغزة", time="الجمعة",
      note="protesters gathered; «عشرات الأمتار» is a distance"),
    C("statement", "asserted", V("alaf", "people", "آلاف المتظاهرين"),
      'وفي كلمة أمام آلاف المتظاهرين في مخيم "العودة" قرب الحدود في خان يونس قال رئيس حركة حماس في قطاع غزة يحيى السنوار إن "مؤامرة الحصار والتجويع فشلت".',
      place="مخيم \"العودة\" قرب الحدود في خان يونس",
      note="the crowd Sinwar addressed, outlet's voice (not part of his quote); doubtful whether a fact-checker would list it"),
], note="«16 عاما» is an age; «منتصف أيار/مايو» a date; the Israeli account of explosives and firebombs and the White House call have no figures"),

# france24:269 — Yarmouk camp (south Damascus): regime bombardment of IS-held districts; UNRWA: ~6,000 Palestinian refugees inside and ~6,000 around, reports of many displaced; SANA: 5 civilians wounded Friday, 4 killed and 52 wounded Thursday
A("france24", 269, [
    C("presence", "asserted", N(6000, "civilians", "نحو ستة آلاف لاجئ فلسطيني مدني", approx=True),
      FR269_P8, src=[UNRWA], verb="قدرت", place="داخل المخيم",
      also=[FR269_L],
      note="«قدرت» = estimate (plain attribution, asserted); the lede's «يقدر عددهم بنحو 6 آلاف لاجئ فلسطيني» (same UNRWA figure, same form) → also"),
    C("presence", "asserted", N(6000, "civilians", "نحو ستة آلاف آخرين", approx=True),
      FR269_P8, src=[UNRWA], verb="قدرت", place="المناطق المجاورة",
      also=[FR269_L],
      note="civilians in the neighbouring areas; the lede's «بالإضافة إلى 6 آلاف آخرين» read as governed by the same «يقدر ... بنحو» → also (own claim with an exact count defensible)"),
    C("presence", "asserted", V("alaf", "civilians", "آلاف المدنيين"),
      FR269_P1, src=[UNRWA], verb="أبدت خشيتها", place="المخيم ومحيطه", time="الجمعة",
      also=['الأونروا تبدي قلقها على مصير آلاف المدنيين'],
      note="vague form of UNRWA's ~12,000 (different count form → own claim); the in-text subheading «الأونروا تبدي قلقها على مصير آلاف المدنيين» → also; the figure sits in the clause reporting UNRWA's concern (outlet-only defensible)"),
    C("evacuation", "hedged", R(None, None, "civilians", "عدد كبير"),
      FR269_P8, src=[UNRWA], verb="مشيرة إلى تقارير", place="منطقة يلدا المجاورة",
      note="«تقارير عن نزوح عدد كبير منهم» → hedged (UNRWA relays reports); «منهم» = the Palestinian refugee civilians"),
    C("attack", "asserted", N(5, "civilians", "خمسة مدنيين"),
      FR269_P5, src=[SANA], verb="أفادت", agent="التنظيم", time="الجمعة",
      note="wounded by IS shells on the neighbouring districts; SOHR's «بمقتل مدني» in the same sentence is a bare singular"),
    C("attack", "asserted", N(4, "civilians", "أربعة مدنيين"),
      FR269_P5, src=[SANA], verb="أفادت", agent="التنظيم", time="الخميس",
      note="the «غداة ...» clause continues SANA's report → SANA (outlet-only defensible)"),
    C("attack", "asserted", N(52, "civilians", "52 آخرين"),
      FR269_P5, src=[SANA], verb="أفادت", agent="التنظيم", time="الخميس",
      note="wounded; same attribution decision as the 4; «آخرين» after «أربعة مدنيين» → civilians"),
    C("control", "asserted", None,
      'ويسيطر تنظيم "الدولة الإسلامية" منذ 2015 على الجزء الأكبر من مخيم اليرموك، فضلا عن أجزاء من حيي الحجر الأسود والتضامن المحاذيين.',
      agent="تنظيم \"الدولة الإسلامية\"", place="مخيم اليرموك", time="منذ 2015",
      note="outlet's voice (background); «منذ 2015» is a date"),
], note="«أحياء عدة» counts districts (places); «لليوم الثاني» is an ordinal; «خلال الأسبوعين الماضيين» a duration; the failed withdrawal talks and the regime's capture of Eastern Ghouta (count-less) are not annotated"),

# france24:767 — White Helmets: hundreds of members still stranded in southern Syria after 422 members and relatives were evacuated to Jordan via Israel (98 members + 324 relatives); >3,000 still in Syria
A("france24", 767, [
    C("presence", "asserted", V("miat", "people", "المئات من عناصرها"),
      'أعلنت "الخوذ البيضاء" في سوريا الاثنين أن المئات من عناصرها ما زالوا عالقين جنوب سوريا، في انتظار إجلائهم وسط مخاوف على مصيرهم.',
      src=[WHITE_HELMETS], verb="أعلنت", place="جنوب سوريا", time="الاثنين",
      note="members of the civil-defence group stranded; «عناصر» here are rescue workers, not fighters → people (fighters by the lexical rule defensible)"),
    C("evacuation", "asserted", R(401, None, "people", "أكثر من 400 شخص"),
      FR767_L1, place="إلى الأردن عبر إسرائيل",
      also=[FR767_P1],
      note="outlet's voice («غداة إجلاء ...»); the first paragraph's «غداة إجلاء أكثر من 400 منهم مع عائلاتهم» (outlet again, same figure) → also"),
    C("presence", "asserted", V("miat", "people", "المئات من عناصر"),
      FR767_P1, src=[AN("اثنان من عناصر الخوذ البيضاء")], verb="أكد", place="جنوب سوريا", time="الاثنين",
      note="same figure as the organisation's in the lede but from two members (unnamed here; probably Sizar and Imad below) → own claim; «اثنان منهما» counts the sources, not annotated"),
    C("transfer", "asserted", N(422, "people", "422 شخصا"),
      'والأحد وصل 422 شخصا من عناصر "الخوذ البيضاء" وأفراد عائلاتهم إلى الأردن، بعدما تولت إسرائيل نقلهم من جنوب سوريا، على أن تستقبلهم لاحقا بريطانيا وألمانيا وكندا وكذلك في فرنسا.',
      agent="إسرائيل", place="الأردن", time="الأحد",
      note="people arriving in Jordan across the border → transfer (evacuation defensible: it is the evacuation of the >400); outlet's voice"),
    C("presence", "asserted", N(400, "people", "نحو 400 عنصر", approx=True),
      'وقال إن نحو 400 عنصر ما زالوا في مدينة درعا وريفيها الشرقي والغربي، على الحدود مع الأردن، ومحافظة القنيطرة المحاذية لهضبة الجولان التي تحتل إسرائيل قسما منها.',
      src=[PE("سيزار", "إعلامي في صفوف الخوذ البيضاء في مدينة درعا")], verb="قال", place="مدينة درعا وريفيها الشرقي والغربي ... ومحافظة القنيطرة",
      note="«وقال» continues Sizar, named in the previous sentence; members → people (see the first claim)"),
    C("presence", "asserted", N(18, "people", "18 عنصرا"),
      'وتساءل عماد (20 عاما)، المسعف في مركز قرية جباتا الخشب في محافظة القنيطرة، "كيف سحبوا هؤلاء ولا يتمكنون من سحبنا؟" مضيفا عبر الهاتف "نحن 18 عنصرا في المركز، يحاصرنا النظام من ثلاث جهات وإسرائيل من الجهة الرابعة".',
      src=[PE("عماد", "المسعف في مركز قرية جباتا الخشب")], verb="مضيفا", place="مركز قرية جباتا الخشب في محافظة القنيطرة",
      note="rescuers besieged at their centre → presence; «(20 عاما)» is an age, «ثلاث جهات» directions"),
    C("evacuation", "asserted", R(7001, None, "people", "أكثر من سبعة آلاف مقاتل ومدني"),
      'وأوضح أن "اجتماعا لبحث وضعنا عقد اليوم في الأردن، وكان الجواب الذي تبلغناه بأن نذهب إلى الشمال السوري" عبر عمليات الإجلاء التي تم بموجبها إخراج أكثر من سبعة آلاف مقاتل ومدني من محافظة القنيطرة في الأيام الأخيرة.',
      place="محافظة القنيطرة", time="في الأيام الأخيرة",
      note="the relative clause after the closing quote is the outlet's background, not Imad's words → outlet-only; fighters and civilians together → people"),
    C("evacuation", "asserted", N(98, "people", "98 عنصرا"),
      FR767_P20, src=[WHITE_HELMETS], verb="قالت", time="الاثنين",
      note="members evacuated (rescue workers → people); 98 + 324 = the 422 above (different source → own claims)"),
    C("evacuation", "asserted", N(324, "people", "324 من أفراد عائلاتهم"),
      FR767_P20, src=[WHITE_HELMETS], verb="قالت", time="الاثنين",
      note="family members (persons, not families)"),
    C("presence", "asserted", R(3001, None, "people", "أكثر من ثلاثة آلاف"),
      'وأفادت بأن "أكثر من ثلاثة آلاف" من عناصرها ما زالوا في سوريا.',
      src=[WHITE_HELMETS], verb="أفادت", place="سوريا",
      note="members still in Syria; «وأفادت» continues the organisation's statement of the previous sentence"),
    C("statement", "asserted", R(None, None, "people", "عدد كبير"),
      'وقال رئيس المنظمة رائد الصالح إن عملية الإجلاء كانت "معقدة" وإن بعض العناصر لم يتم إجلاؤهم لأنهم لم يكونوا مسجلين على اللوائح، فيما لم يتمكن "عدد كبير" من العناصر من الوصول إلى نقطة الإجلاء.',
      src=[WHITE_HELMETS, PE("رائد الصالح", "رئيس منظمة الخوذ البيضاء")], verb="قال", place="نقطة الإجلاء",
      note="members who could not reach the evacuation point (people left needing evacuation → statement); «بعض العناصر» is no count"),
], note="«23 عاما», «20 عاما» are ages; «19 حزيران/يونيو» a date; «بريطانيا وألمانيا وكندا» countries; the condemnations by Damascus and Moscow and al-Saleh's «لم يتم التخطيط لعملية إجلاء أخرى» have no figures"),

# ---------------------------------------------------------------- Sky News Arabia
# skynewsarabia:1811 — Yemen west coast and Hajjah: local sources: 26 Houthis killed at al-Jarrahi and al-Tuhayta, dozens deserting; military sources: 20 Houthis killed in coalition strikes (hospitals received 20 bodies); ~18 air strikes
A("skynewsarabia", 1811, [
    C("attack", "asserted", N(26, "fighters", "26 عنصرا"),
      'قتل 26 عنصرا من ميليشيات الحوثي الإيرانية، السبت، في مواجهات عنيفة مع المقاومة اليمنية الدعومة من قوات التحالف العربي في جبهتي الجراحي والتحيتا في السحال الغربي، وفقا لمصادر يمنية محلية.',
      src=[LOCAL_YE], verb="وفقا", agent="المقاومة اليمنية", place="جبهتي الجراحي والتحيتا", time="السبت"),
    C("evacuation", "asserted", V("ashrat", "fighters", "العشرات منهم"),
      'وأفادت المصادر بأن ميليشيات الحوثي استحدثت نقاط تفتيش في بيت الفقية والحسينية وشمال التحيتا للقبض على عناصرها الفاريين من الجبهات بعد فرار العشرات منهم وبيع أسلحتهم وتهاوي جبهاتهم.',
      src=[LOCAL_YE], verb="أفادت", place="الجبهات",
      note="Houthi fighters deserting the front lines («فرار») → evacuation by the flight rule (statement defensible); «المصادر» = the local sources of the lede"),
    C("attack", "asserted", N(20, "fighters", "20 من ميليشيات الحوثى"),
      SK1811_P4, src=[MIL_SRC_YE], verb="أعلنت", agent="التحالف العربي", place="محافظة حجه",
      also=['وذكرت المصادر أن مستشفى عبس ومستشفى المحابشة الريفيين في محافظة حجه استقبلا 20 قتيلا من عناصر الحوثي بعد أن لقوا مصرعهم بغارات جوية استهدفت تجمعات للمتمردين في مديرية حرض وعبس.'],
      note="militia members → fighters; the next sentence (same sources, the two hospitals received «20 قتيلا من عناصر الحوثي») restates the fact → also"),
    C("attack", "asserted", N(18, "other", "نحو 18 غارة جوية", approx=True),
      SK1811_P6, agent="مقاتلات التحالف العربي", place="حرض وعبس",
      note="air strikes, outlet's voice (the military sources of the previous sentences may go on speaking, not unmistakable → outlet-only)"),
    C("attack", "asserted", V("ashrat", "people", "عشرات القتلى والجرحى"),
      SK1811_P6, agent="مقاتلات التحالف العربي", place="حرض وعبس",
      note="killed and wounded together in one phrase → one claim; at Houthi positions but the text does not say fighters → people; outlet's voice"),
    C("attack", "asserted", R(2, None, "vehicles", "عدد من الآليات العسكرية"),
      SK1811_P6, agent="مقاتلات التحالف العربي", place="حرض وعبس",
      note="military vehicles destroyed, outlet's voice"),
    C("control", "asserted", None,
      'وكانت القوات الشرعية استعادت السيطرة على عدد من المناطق (السرداح والمجروب والمعاين وجبل الذراع) وأجزاء واسعة من "جبل النار" الاستراتيجي في مديرية حرض في محافظة حجة شمال غربي اليمن.',
      agent="القوات الشرعية", place="مديرية حرض في محافظة حجة",
      note="outlet's voice; «عدد من المناطق» counts places, not annotated as a count"),
], note="«التقارير» about an unprecedented wave of desertion have no figure; cutting the Haradh–al-Mazraq road (count-less) is not annotated separately"),

# skynewsarabia:2307 — Idlib: toll of 24 hours of regime air strikes rises to 30 (sources: >30) civilians; two hospitals out of service (medical sources)
A("skynewsarabia", 2307, [
    C("attack", "asserted", N(30, "civilians", "30 قتيلا مدنيا"),
      'ارتفعت إلى 30 قتيلا مدنيا حصيلة الغارات الجوية التي شنتها طائرات النظام على محافظة إدلب شمال غربي سوريا، في الساعات الـ24 الأخيرة، كما أدت الغارات أيضا إلى إخراج مستشفيات عن الخدمة.',
      agent="طائرات النظام", place="محافظة إدلب", time="في الساعات الـ24 الأخيرة",
      note="cumulative («ارتفعت إلى»), outlet's voice (lede); the next sentence gives «أكثر من 30» from «المصادر», a different count form → own claim"),
    C("attack", "asserted", R(31, None, "civilians", "أكثر من 30 مدنيا"),
      'وأكدت المصادر ارتفاع حصيلة القتلى في ريف إدلب خلال 24 ساعة إلى أكثر من 30 مدنيا بينهم نساء وأطفال قتلوا بغارات جوية سورية على الأحياء السكنية.',
      src=[AN("المصادر")], verb="أكدت", agent="بغارات جوية سورية", place="ريف إدلب", time="خلال 24 ساعة",
      note="cumulative; «المصادر» unspecified; «بينهم نساء وأطفال» has no count"),
    C("attack", "asserted", None,
      'وفي سياق متصل، أفادت مصادر طبية لـ"سكاي نيوز عربية" بأن مستشفى الحكمة في تفتناز شمالي إدلب خرج عن الخدمة بعد استهدافه بغارة جوية، وذلك بعد ساعات من غارات مماثلة استهدفت مستشفى النور للأطفال، ما أدى إلى خروجه عن الخدمة ايضاً.',
      src=[AN("مصادر طبية")], verb="أفادت", place="مستشفى الحكمة في تفتناز", 
      note="hospitals put out of service by air strikes; hospitals are places, no count"),
], note="the civil defence's «سقوط قتلى وجرحى من المدنيين» has no figure; SOHR's explanation (retaliation for the attack on al-Foua and Kefraya) has no figure; «الـ24» / «24 ساعة» are durations"),

# skynewsarabia:3819 — Deir ez-Zor pocket: SOHR: IS counter-attack kills 10 SDF fighters, captures at least 35, dozens flee; a month of fighting: 267 IS and 149 SDF dead
A("skynewsarabia", 3819, [
    C("attack", "asserted", V("ashrat", "people", "عشرات القتلى"),
      'ذكر المرصد السوري لحقوق الإنسان، الأربعاء، أن تنظيم داعش الإرهابي شن أعنف هجوم منذ شهر، ضد قوات سوريا الديمقراطية، المدعومة أميركيا شمال شرقي البلاد، مما أسفر عن سقوط عشرات القتلى.',
      src=[SOHR], verb="ذكر", agent="تنظيم داعش", place="شمال شرقي البلاد", time="الأربعاء",
      note="no side named → people"),
    C("attack", "asserted", N(10, "fighters", "10 عناصر"),
      SK3819_P2, src=[SOHR], verb="قال", agent="تنظيم داعش", place="شرقي محافظة دير الزور",
      note="SDF fighters killed; «وقال» continues SOHR"),
    C("detention", "asserted", R(35, None, "detainees", "35 آخرين على الأقل"),
      SK3819_P2, src=[SOHR], verb="قال", agent="تنظيم داعش", place="شرقي محافظة دير الزور",
      note="SDF fighters taken prisoner («أسر») → detention, unit detainees (fighters defensible)"),
    C("evacuation", "asserted", V("ashrat", "fighters", "عشرات"),
      SK3819_P2, src=[SOHR], verb="قال", place="شرقي محافظة دير الزور",
      note="SDF fighters who fled when their ammunition ran out («فر») → evacuation by the flight rule"),
    C("transfer", "asserted", V("alaf", "fighters", "آلاف المقاتلين"),
      'وجاءت هذه العملية العسكرية بعد أسابيع من التحضير، وذلك باستقدام آلاف المقاتلين من قبل قوات "سوريا الديمقراطية" والتحالف، كما جرى استقدام تعزيزات عسكرية ضخمة من عربات مدرعة ودبابات وآليات ثقيلة وجرافات ورشاشات ثقيلة وصواريخ وذخيرة، دخلت على متن شاحنات إلى الأراضي السورية وجرى نقلها إلى محيط جيب داعش.',
      agent="قوات \"سوريا الديمقراطية\" والتحالف", place="محيط جيب داعش",
      note="fighters brought in → transfer; outlet's voice (background); the reinforcements (armoured vehicles, tanks, trucks) have no count"),
    C("attack", "asserted", N(267, "fighters", "267 من مسلحي داعش"),
      SK3819_P10, src=[SOHR], verb="حسب", place="جيب التنظيم", time="منذ شهر",
      note="cumulative"),
    C("attack", "asserted", N(149, "fighters", "149 مقاتلا"),
      SK3819_P10, src=[SOHR], verb="حسب", place="جيب التنظيم", time="منذ شهر",
      note="cumulative SDF dead"),
    C("attack", "asserted", R(None, None, "people", "عدد كبير من الإصابات الخطيرة"),
      SK3819_P10, src=[SOHR], verb="حسب", place="في الجانبين",
      note="seriously wounded on both sides (fighters of both sides, text says neither مقاتل nor عنصر → people); «توقعات بارتفاع أعداد القتلى» is an expected rise without a figure"),
    C("attack", "asserted", V("ashrat", "other", "عشرات الهجمات المعاكسة"),
      'ونفذ داعش عشرات الهجمات المعاكسة من أجل عدم إطباق الحصار عليه في نطاق ضيّق، إلا أنه فشل بسبب الكثافة النارية المستخدمة من قبل قوات سوريا الديمقراطية والتحالف.',
      agent="داعش",
      note="counter-attacks (events) → attack, unit other, like strikes; outlet's voice after SOHR's paragraph (SOHR carried over defensible); doubtful whether a fact-checker would list it"),
    C("control", "asserted", None,
      'ويضم الجيب، الذي يسيطر عليه داعش: بلدات هجين والسوسة والشعفة والباغوز وقرى المراشدة وأم حسن والشجلة والبوبدران، والمناطق التي تصل بين هذه البلدات والقرى الواقعة عند الضفاف الشرقية لنهر الفرات، في القطاع الشرقي من ريف دير الزور.',
      agent="داعش", place="القطاع الشرقي من ريف دير الزور",
      note="outlet's voice; the listed towns are places"),
], note="«منذ شهر», «الساعات الـ 24 الأخيرة», «آخر 72 ساعة» are durations, «الـ 10 من سبتمبر» a date; «خسائر بشرية من الجانبين» has no figure"),

# skynewsarabia:3020 — Gaza: Israeli air strikes after a soldier is shot dead; 4 Palestinians killed (3 by shelling), >120 (medical sources: 120) wounded; Iron Dome intercepts 2 of 3 rockets; ~150 killed since 30 March
A("skynewsarabia", 3020, [
    C("attack", "asserted", None,
      SK3020_L, src=[IDF], verb="أعلن", agent="الجيش الإسرائيلي", place="غزة", time="مساء الجمعة",
      also=['وقال الجيش الإسرائيلي في بيان إن مقاتلاته بدأت في ضرب أهداف تابعة لحركة حماس في مناطق شتى في غزة، عقب "حادث إطلاق نار خطير ضد قواتنا وقع بعد ظهر اليوم جنوب قطاع غزة"، لكن الجيش لم يدل بمزيد من التفاصيل بشأن هذا الحادث.'],
      note="wide air strikes on Gaza announced by the army; no figure; the army's statement in the next sentence → also"),
    C("attack", "hedged", None,
      SK3020_P2, src=[AN("تقارير إعلامية")], verb="تحدثت", place="الحدود الشرقية لغزة",
      note="«تحدثت تقارير إعلامية عن مقتل جندي» → hedged («تقارير عن»); one soldier, no count"),
    C("attack", "asserted", None,
      SK3020_P2, src=[IDF], verb="أقر", place="جنوبي قطاع غزة",
      note="the army's acknowledgement that one of its soldiers was shot and died («أحد جنوده»): singular, no count"),
    C("attack", "asserted", N(4, "people", "4 فلسطينيين"),
      SK3020_L, agent="الجيش الإسرائيلي", place="الحدود الشرقية للقطاع المحاصر", time="الجمعة",
      also=[SK3020_P6],
      note="the relative clause «التي قتل فيها ...» is the outlet's addition, not the army's announcement → outlet-only; restated by the outlet later («قتلت في وقت سابق الجمعة 4 فلسطينيين») → also"),
    C("attack", "asserted", R(121, None, "people", "أكثر من 120 آخرين"),
      SK3020_L, agent="الجيش الإسرائيلي", place="الحدود الشرقية للقطاع المحاصر", time="الجمعة",
      note="wounded, outlet's voice; differs in form from the medical sources' exact 120 → own claim"),
    C("attack", "asserted", N(2, "other", "قذيفتين صاروخيتين"),
      SK3020_P5, src=[IDF], verb="أعلن", place="مستوطنات محيط قطاع غزة",
      note="rockets intercepted by Iron Dome (dual); the sirens are the Sky News correspondent's report"),
    C("attack", "asserted", N(3, "other", "3"),
      SK3020_P5, src=[IDF], verb="أعلن", place="من غزة",
      note="rockets fired from Gaza («من أصل 3 أطلقت من غزة»); bare numeral"),
    C("attack", "asserted", N(3, "people", "ثلاثة منهم"),
      SK3020_P6, agent="القوات الإسرائيلية", place="على طول الحدود بين غزة وإسرائيل", time="في وقت سابق الجمعة",
      note="subset of the 4 killed by artillery shelling, outlet's voice"),
    C("attack", "asserted", N(120, "people", "120 فلسطينيا"),
      'وذكرت مصادر طبية أن 120 فلسطينيا أصيبوا بنيران الجيش الإسرائيلي وقنابله المسيلة للدموع، وذلك بعد أن شاركوا مع آخرين في تظاهرات ضمن فعاليات مسيرة العودة المستمرة منذ 4 أشهر.',
      src=[AN("مصادر طبية")], verb="ذكرت", agent="الجيش الإسرائيلي",
      note="wounded; «منذ 4 أشهر» is a duration"),
    C("attack", "asserted", N(150, "people", "نحو 150 فلسطينيا", approx=True),
      'وقتل الجيش في هذه التظاهرات السلمية نحو 150 فلسطينيا، مبررا الأمر بأنه يدافع عن حدود إسرائيل، لكن الأمر قوبل بانتقادات دولية وحقوقية واسعة النطاق.',
      agent="الجيش", place="في هذه التظاهرات",
      note="cumulative since 30 March, outlet's voice"),
], note="«منذ 30 مارس», «عام 1948», «منذ 12 عاما», «قبل يومين» are dates and durations; the UN call has no figure"),
]
