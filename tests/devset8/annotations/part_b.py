"""Eighth claim set, part b (see ann_devset8.py)."""
from dsl import *

MSF = OR("أطباء بلا حدود")
UNICEF = OR("يونيسيف")
IDF = OF("الجيش الإسرائيلي")
UN = OR("الأمم المتحدة")
AFP = AG("فرانس برس")
SNHR = OR("الشبكة السورية لحقوق الإنسان")
RIGHTS_ORGS = OR("منظمات حقوقية")
AMNESTY = OR("منظمة العفو الدولية")
ERDOGAN = PE("رجب طيب أردوغان", "الرئيس التركي")
NTV = OU("إن.تي.في")
YE_SOURCES = AN("مصادر يمنية")
COALITION = OR("تحالف دعم الشرعية في اليمن")
MALIKI = PE("تركي المالكي", "المتحدث باسم تحالف دعم الشرعية في اليمن")
UNHCR = OR("مفوضية الأمم المتحدة السامية لشؤون اللاجئين")
AT_BVT = OF("جهاز حماية الدستور ومكافحة الإرهاب")

# ------------------------------------------------------------------ shared evidence
CN163_L = 'أتلانتا، الولايات المتحدة الأمريكية (CNN)-- ذكرت منظمة "أطباء بلا حدود" أو "MSF" اختصاراً، في سوريا أنها تلقت 770 قتيلاً و 4050 جريحاً من منطقة الغوطة الشرقية في الفترة ما بين 18-27 فبراير/شباط، وفقاً لبيان من المنظمة، السبت.'

CN409_L = 'دبي، الإمارات العربية (CNN)-- ذكرت منظمة "يونيسيف" التابعة للأمم المتحدة، توثيقها مقتل 53 طفلاً وتشوّه 92 آخرين خلال شهر واحد في 12 محافظة يمنية، وفقا لتقريرها لشهر فبراير/شباط حول الأوضاع الإنسانية في اليمن، والذي أعلن عنه الثلاثاء.'
CN409_P3 = 'وذكر التقرير بان حالات الإصابة بمرض الخنّاق أو الدفتيريا واصل ارتفاعه بشهر فبراير/شباط بتسجيل 1216 حالة و73 وفاة مرتبطة بالمرض، وأن نسبة الوفاة بالإصابة بلغت كمعدل 5.9 في المائة.'
CN409_P5 = 'وأضافت وجود مليون طفل بحالة تشرّد بالبلاد، وحاجة 8.4 مليون للمياه الصالحة للشرب مع تعرّض 11.3 مليون شخص لخطر المجاعة.'
CN409_P6 = 'وذكرت المنظمة بأن مليوني طفل باتوا خارج المدرسة منذ تفاقم الصراع في البلاد عام 2015، وان ما مجموعه 4.3 طفلاً بحاجة للتعليم، شاهد الفيديو.'

CN1084_L = 'دبي، الإمارات العربية المتحدة (CNN) --  دوي انفجارين قويين في شمال غزة الأحد، وفقا لفريق CNN المتواجد على الأرض هناك، وهو ما يمكن اعتباره ردا على إطلاق قذيفتين من غزة باتجاه إسرائيل في الصباح الباكر من يوم الأحد.'
CN1084_P2 = 'وكانت القبة الحديدية في إسرائيل قد اعترضت الصاروخين، وفقا للجيش الإسرائيلي، الذي أصدر بيانا قال فيه: "قبل دقائق معدودة، استهدف الطيران الإسرائيلي خمسة مواقع إرهابية في مجمع عسكري تابعة لحماس شمال غزة."'
CN1084_P5 = 'ووصل عدد الهجمات الإسرائيلية على قطاع غزة الأسبوع الماضي إلى 60 غارة، فيما تم إطلاق نحو 100 صاروخ من غزة باتجاه إسرائيل.'

FR123_L = 'قتل 16 طفلا وأربع نساء ليل الاثنين الثلاثاء في غارة جوية يرجح أنها روسية، استهدفت مدرسة كانوا يحتمون بقبوها في مدينة عربين بالغوطة الشرقية.'
FR123_P2 = 'أدت الغارات الجوية والقصف الصاروخي لقوات النظام السوري على الغوطة الشرقية قرب دمشق ليل الاثنين الثلاثاء لمقتل 20 مدنيا بينهم 16 طفلا، وتستمر العمليات العسكرية في المنطقة الثلاثاء، في وقت يستعد الاكراد في شمال سوريا للتصدي لهجوم تركي محتمل بعد سقوط عفرين.'
FR123_P7 = 'ويتزامن القصف مع ارتفاع حصيلة القتلى في مدينة عربين إلى عشرين مدنيا، هم 16 طفلا وأربع نساء، جراء غارة روسية على الأرجح، استهدفت وفق المرصد قبو مدرسة كانوا يحتمون فيها.'
FR123_P10 = 'وقتل منذ بدء التصعيد أكثر من 1450 مدنيا بينهم نحو 300 طفل وفق المرصد.'
FR123_P11 = 'وشدد الممثل المقيم لأنشطة الأمم المتحدة في سوريا علي الزعتري في بيان ليل الاثنين على ضرورة "إيصال المساعدة العاجلة للمعالجة الفورية للوضع الكارثي لعشرات الآلاف من سكان الغوطة الشرقية وعفرين" التي سيطرت قوات تركية مع فصائل سورية موالية لها عليها الأحد.'
FR123_P14 = 'وعلى جبهة أخرى في جنوب دمشق، أفاد المرصد عن مقتل 36 عنصرا على الأقل من قوات النظام والمسلحين الموالين لها خلال اشتباكات عنيفة ليل الاثنين في حي القدم، إثر هجوم مفاجئ شنه تنظيم "الدولة الإسلامية"، تمكن بموجبه من السيطرة على الحي.'

FR595_L = 'وحذرت الأمم المتحدة من تفاقم الأزمة الإنسانية في البلاد، في وقت دفعت فيه أعمال العنف نحو 32 ألف شخص للنزوح خلال الشهر الجاري.'
FR595_P_END = 'ودفعت أعمال العنف في محافظة الحديدة في غرب اليمن نحو 32 ألف شخص للنزوح في حزيران/يونيو الحالي، بحسب ما أعلنت الأمم المتحدة، بينهم أكثر من ثلاثة آلاف شخص في مدينة الحديدة، مركز المحافظة.'
FR595_MED = 'وأعلنت مصادر طبية يمنية أنه خلال الساعات الـ24 الماضية، قتل 22 متمردا وأربعة مقاتلين حكوميين.'
FR595_UN = 'وتخشى الأمم المتحدة أن يفاقم القتال العنيف أزمة إنسانية هي بالفعل الأسوأ في العالم إذ يعتمد 22 مليون يمني على المساعدات بينما يُعتقد أن ما يقدر بنحو 8.4 مليون نسمة على شفا المجاعة.'

FR846_L = 'ففي حين صدمت عائلات الضحايا بإعلان الوفاة أخيرا وبعد سنوات من الأزمة الدامية، دونما تبرير سبب الوفاة أو تسليم الجثت، أحصت منظمات حقوقية ما لا يقل عن 80 ألف حالة اعتقال وثقتها ولم يكشف عن مصير سوى المئات بينها.'
FR846_SN1 = 'وبحسب أرقام الشبكة السورية، فإن "قرابة 82 ألف و652 مواطنا سوريا مختف قسريا لدى النظام السوري وحده منذ آذار 2011 حتى حزيران 2018" وتابعت في تقرير "عدد الضحايا الذين قتلوا بسبب التعذيب في سجون النظام السوري الرسمية والسرية بلغ قرابة 13 ألف و66 في المدة ذاتها".'
FR846_SN2 = 'كما أشار التقرير نفسه إلى توثيق مراكز السجل المدني لوفاة "161 مختف قسريا" منهم "91 في ريف دمشق، 32 في حماة، 17 في اللاذقية، 8 في دمشق، 6 في حمص، و4 في الحسكة".'
FR846_SN3 = 'في المقابل، وثقت الشبكة السورية عدد المعتقلين لدى النظام السوري بحوالي 80 ألف شخص، تمكنت من توثيق إبلاغ عائلات نحو 400 منهم وفاتهم من دوائر الأحوال المدنية، بينهم تسعة أطفال على الأقل.'
FR846_AI1 = 'وكانت منظمة العفو الدولية قد نشرت في 7 شباط/فبراير 2017 تقريرا اتهمت فيه النظام السوري بتنفيذ إعدامات جماعية سرية شنقا بحق 13 ألف معتقل، أغلبهم من المدنيين المعارضين، في سجن صيدنايا قرب دمشق خلال خمس سنوات من النزاع.'
FR846_AI2 = 'وجاء في تقرير سابق لهذه المنظمة الحقوقية غير الحكومية وعنوانه "المسلخ البشري: عمليات الشنق الجماعية والإبادة الممنهجة في سجن صيدنايا بسوريا" إنه "بين 2011 و2015، كل أسبوع، وغالبا مرتين، كان يتم اقتياد مجموعات تصل أحيانا إلى خمسين شخصا إلى خارج زنزاناتهم في السجن وشنقهم"، مشيرة إلى أنه خلال هذه السنوات الخمس "شنق في صيدنايا سرا 13 ألف شخص، غالبيتهم من المدنيين الذين يعتقد أنهم معارضون للحكومة".'

SK1174_L = 'أقر الرئيس التركي، رجب طيب أردوغان، بفقدان مئات المقاتلين في عملية عفرين التي استمرت لنحو شهرين، وانتهت انتزاع القوات التركية والفصائل المعارضة الموالية لأنقرة السيطرة على المنطقة الواقعة شمال غرب سوريا.'
SK1174_P2 = 'وأكد أردوغان أن تركيا وحلفاءها فقدوا "مئات" المقاتلين منذ بدء الحملة قبل 3 أشهر، وقال، في مقابلة معه "إن.تي.في" التركية، إن 56 عنصرا من الجيش التركي قتلوا بالإضافة إلى مقتل المئات من الفضائل الموالية لأنقرة.'
SK1174_P3 = 'وشنت تركيا وحلفاؤها من الجيش السوري الحر العملية في يناير الماضي، وتمكنوا من طرد وحدات حماية الشعب الكردية السورية من منطقة عفرين، بعد عمليات قصف وغارات جوية أسفرت عن مقتل مئات المدنيين.'

SK2940_P6 = 'وذكرت المصادر، في الأول من يونيو الماضي، أن 90 طفلا من هؤلاء الأطفال قضوا في جبهات القتال مع المتمردين وقرابة 30 آخرين وقعوا أسرى في أيدي القوات الشرعية والمقاومة في جبهات مختلفة.'

SK2528_P2 = 'وقالت المفوضية في بيان إن خمسة فقط نجوا من قارب غارق كان يقل 100 شخص يوم الثلاثاء، بينما غرق في نفس اليوم قارب مطاطي يحمل 130 شخصا مما أدى إلى غرق 70 شخصا.'

SK3212_BVT = 'في سياق متصل ذكر جهاز حماية الدستور ومكافحة الإرهاب وهو أعلى جهاز أمني في النمسا ان 313 شخصا يحملون الجنسية النمساوية التحقوا بتنظيم (داعش) للقتال في سوريا والعراق قتل منهم 55 شخصا هناك بينما عاد 94 شخصا إلى النمسا.'

ARTICLES = [
# ---------------------------------------------------------------- CNN
# cnn:163 — MSF: its facilities in Eastern Ghouta received 770 dead and 4,050 wounded 18–27 Feb; Lowcock: more shelling since the UN truce resolution
A("cnn", 163, [
    C("attack", "asserted", N(770, "people", "770 قتيلاً"),
      CN163_L, src=[MSF], verb="ذكرت", place="منطقة الغوطة الشرقية", time="في الفترة ما بين 18-27 فبراير/شباط",
      note="dead received by MSF(-supported) facilities; the next sentence says the figures «قد تتغير» and leave out other facilities — the source's own caveat (incomplete count), not a hedge on the figure, kept asserted"),
    C("attack", "asserted", N(4050, "people", "4050 جريحاً"),
      CN163_L, src=[MSF], verb="ذكرت", place="منطقة الغوطة الشرقية", time="في الفترة ما بين 18-27 فبراير/شباط",
      note="wounded; same caveat as the 770"),
    C("attack", "asserted", None,
      'ومنذ إجماع الأمم المتحدة على قرار هدنة في كافة أنحاء سوريا لثلاثين يوماً، تأثرت الغوطة الشرقية المحاصرة "بمزيد من القصف والمزيد من القتال والمزيد من القتل والمزيد من التدمير.. المزيد، بعبارة أخرى، المزيد من الأمر ذاته،" وفقاً لما ذكره منسق الشؤون الإنسانية والإغاثة في حالات الطوارئ، مارك لوكوك، لمجلس الأمن الدولي هذا الأسبوع.',
      src=[PE("مارك لوكوك", "منسق الشؤون الإنسانية والإغاثة في حالات الطوارئ")], verb="ذكره", place="الغوطة الشرقية المحاصرة", time="منذ إجماع الأمم المتحدة على قرار هدنة",
      note="more shelling and killing despite the truce; no figure; «لثلاثين يوماً» is a duration"),
], note="the lines «أبرز القرارات بإيقاف إطلاق النار في سوريا منذ بدء الأزمة» and «مفوض حقوق الإنسان: ما يحدث بالغوطة قد يصل لجرائم حرب» are site links; MSF's ceasefire call has no figure"),

# cnn:409 — UNICEF's February report on Yemen: 53 children killed, 92 maimed in a month; diphtheria; displaced, thirsty, famine-threatened and out-of-school children
A("cnn", 409, [
    C("attack", "asserted", N(53, "people", "53 طفلاً"),
      CN409_L, src=[UNICEF], verb="ذكرت", place="في 12 محافظة يمنية", time="خلال شهر واحد",
      note="«12 محافظة» counts places, not annotated; «خلال شهر واحد» is a duration"),
    C("attack", "asserted", N(92, "people", "92 آخرين"),
      CN409_L, src=[UNICEF], verb="ذكرت", place="في 12 محافظة يمنية", time="خلال شهر واحد",
      note="children maimed («تشوّه») → wounded"),
    C("statement", "asserted", N(1216, "people", "1216 حالة"),
      CN409_P3, src=[UNICEF], verb="ذكر", place="اليمن", time="بشهر فبراير/شباط",
      note="diphtheria cases (disease, not violence) → statement, as the cholera cases of earlier sets; «التقرير» = UNICEF's report; «5.9 في المائة» is a percentage"),
    C("statement", "asserted", N(73, "people", "73 وفاة"),
      CN409_P3, src=[UNICEF], verb="ذكر", place="اليمن", time="بشهر فبراير/شباط",
      note="diphtheria deaths (not violence) → statement"),
    C("aid", "asserted", N(1000000, "people", "حوالي مليون شخص", approx=True),
      'وأشارت المنظمة بالتقرير إلى أن حالات علاج النقص الشديد بالتغذية ارتفعت من 77 في المائة إلى 85 في المائة، وان المنظمة ساهمت بتوفير مصادر للمياه الصالحة للشرب لحوالي مليون شخص.',
      src=[UNICEF], verb="أشارت", agent="المنظمة", place="اليمن",
      note="people given drinking water by UNICEF → aid (beneficiaries); «77 في المائة», «85 في المائة» are percentages"),
    C("presence", "asserted", N(1000000, "people", "مليون طفل"),
      CN409_P5, src=[UNICEF], verb="أضافت", place="بالبلاد",
      note="displaced children (stock, «بحالة تشرّد») → presence, as «6.2 مليون نازح» in earlier sets (evacuation defensible)"),
    C("statement", "asserted", N(8400000, "people", "8.4 مليون"),
      CN409_P5, src=[UNICEF], verb="أضافت", place="اليمن",
      note="people in need of drinking water → statement"),
    C("statement", "asserted", N(11300000, "people", "11.3 مليون شخص"),
      CN409_P5, src=[UNICEF], verb="أضافت", place="اليمن",
      note="people at risk of famine → statement"),
    C("statement", "asserted", N(2000000, "people", "مليوني طفل"),
      CN409_P6, src=[UNICEF], verb="ذكرت", place="اليمن", time="منذ تفاقم الصراع في البلاد عام 2015",
      note="children out of school → statement; dual of «مليون» = 2,000,000"),
    C("statement", "asserted", N(4300000, "people", "4.3 طفلاً"),
      CN409_P6, src=[UNICEF], verb="ذكرت", place="اليمن",
      note="«4.3 طفلاً» is printed without «مليون» (typo for 4.3 million children in need of education, as «2 2 مليون» = 22 million in an earlier set); value set to the evident 4,300,000 — the checker reads 4 (waiver needed); doubtful, could be left out"),
], note="«بثلاثة أضعاف» is a multiplier, «عام 2015» a year"),

# cnn:1084 — Gaza: two explosions in the north after two rockets fired at Israel (intercepted, IDF); IDF struck five Hamas sites; last week 60 Israeli strikes and ~100 rockets
A("cnn", 1084, [
    C("attack", "asserted", N(2, "other", "انفجارين قويين"),
      CN1084_L, src=[OU("فريق CNN", "فريق ميداني")], verb="وفقا", place="شمال غزة", time="الأحد",
      note="explosions reported by the outlet's own team on the ground (outlet kind); dual = 2"),
    C("attack", "asserted", N(2, "other", "قذيفتين"),
      CN1084_L, place="من غزة باتجاه إسرائيل", time="في الصباح الباكر من يوم الأحد",
      note="rockets fired from Gaza, outlet's voice («يمكن اعتباره ردا» qualifies the link, not the firing)"),
    C("attack", "asserted", N(2, "other", "الصاروخين"),
      CN1084_P2, src=[IDF], verb="وفقا", agent="القبة الحديدية", place="إسرائيل",
      note="the same two rockets, intercepted, on the IDF's word → own claim (different source from the outlet's «قذيفتين»)"),
    C("attack", "asserted", None,
      CN1084_P2, src=[IDF], verb="قال", agent="الطيران الإسرائيلي", place="شمال غزة",
      note="Israeli strike on Hamas sites; «خمسة مواقع إرهابية» counts places (sites), not annotated"),
    C("agreement", "asserted", None,
      'ويعد تبادل إطلاق القذائف والصواريخ بين الجانبين خرقا لاتفاق وقف إطلاق النار، الذي وافقت عليه كل من حماس وحركة الجهاد الإسلامي الأسبوع الماضي.',
      agent="حماس وحركة الجهاد الإسلامي", place="غزة", time="الأسبوع الماضي",
      note="ceasefire accepted by Hamas and Islamic Jihad, outlet's voice; the outlet adds later that Israel never announced its acceptance («لم تعلن أبدا موافقتها»), not annotated separately"),
    C("attack", "asserted", N(60, "other", "60 غارة"),
      CN1084_P5, agent="إسرائيل", place="قطاع غزة", time="الأسبوع الماضي",
      note="cumulative («وصل عدد الهجمات ... إلى», exact), outlet's voice"),
    C("attack", "asserted", N(100, "other", "نحو 100 صاروخ", approx=True),
      CN1084_P5, place="من غزة باتجاه إسرائيل", time="الأسبوع الماضي",
      note="rockets fired from Gaza last week, outlet's voice"),
    C("threat", "asserted", None,
      'يذكر أن إسرائيل لم تعلن أبدا موافقتها على وقف إطلاق النار مع حماس والحركات الفلسطينية الأخرى، وقال المتحدث باسم الجيش الإسرائيلي جوناثان كونريكوس لشبكتنا "إن الهدوء سيقابل بالهدوء، والإرهاب سيقابل بردّ أشد."',
      src=[IDF, PE("جوناثان كونريكوس", "المتحدث باسم الجيش الإسرائيلي")], verb="قال",
      note="«الإرهاب سيقابل بردّ أشد» — threat of a harsher response; no figure"),
], note="«نحو ستة أيام», «نحو أربع سنوات» are durations"),

# ---------------------------------------------------------------- France 24
# france24:123 — Eastern Ghouta: 20 civilians (16 children, 4 women) killed in a likely Russian strike on an Arbin school basement (SOHR); >15 strikes on Douma; >1,450 civilians killed since 18 Feb; IS kills ≥36 regime fighters and takes Qadam; Afrin: >250,000 fled, Turkish military police deploy
A("france24", 123, [
    C("attack", "asserted", N(20, "civilians", "عشرين مدنيا"),
      FR123_P7, src=[SOHR], verb="وفق", agent="غارة روسية على الأرجح", place="مدينة عربين", time="ليل الاثنين الثلاثاء",
      also=[FR123_P2],
      note="cumulative («ارتفاع حصيلة القتلى ... إلى»); «على الأرجح» hedges the attacker (Russian), not the toll → asserted; the second paragraph's «20 مدنيا» (outlet's summary, same night, same figure) restates SOHR's toll → also (outlet-only claim defensible; it blames regime strikes and shelling on Ghouta)"),
    C("attack", "asserted", N(16, "civilians", "16 طفلا"),
      FR123_P7, src=[SOHR], verb="وفق", place="مدينة عربين", time="ليل الاثنين الثلاثاء",
      also=[FR123_L, FR123_P2],
      note="subset of the 20 («هم») → civilians; the lede («قتل 16 طفلا وأربع نساء», outlet's voice) and the second paragraph («بينهم 16 طفلا») restate SOHR's figure → also; «يرجح أنها روسية» in the lede hedges the attacker only"),
    C("attack", "asserted", N(4, "civilians", "أربع نساء"),
      FR123_P7, src=[SOHR], verb="وفق", place="مدينة عربين", time="ليل الاثنين الثلاثاء",
      also=[FR123_L],
      note="subset of the 20; the lede's «وأربع نساء» → also"),
    C("attack", "asserted", N(16, "civilians", "16 مدنيا"),
      'وكانت حصيلة سابقة للمرصد قد أفادت بمقتل 16 مدنيا.',
      src=[SOHR], verb="أفادت", place="مدينة عربين",
      note="SOHR's earlier toll, superseded by the 20"),
    C("attack", "asserted", R(16, None, "other", "أكثر من 15 غارة جوية"),
      'وأفاد المرصد السوري لحقوق الإنسان الثلاثاء عن تنفيذ طائرات حربية بعد منتصف الليل أكثر من 15 غارة جوية استهدفت مدينة دوما، تزامنا مع استهداف قوات النظام لبلدة عين ترما بقصف صاروخي مكثف.',
      src=[SOHR], verb="أفاد", agent="طائرات حربية", place="مدينة دوما", time="بعد منتصف الليل",
      note="air strikes → attack, unit other"),
    C("control", "asserted", None,
      'وتشن قوات النظام منذ 18 شباط/فبراير هجوما على الغوطة الشرقية، تمكنت بموجبه من السيطرة على أكثر من 80 بالمئة من مساحة المنطقة التي شكلت منذ العام 2012 المعقل الأبرز للفصائل المعارضة قرب دمشق.',
      agent="قوات النظام", place="الغوطة الشرقية", time="منذ 18 شباط/فبراير",
      note="outlet's voice; «أكثر من 80 بالمئة» is a percentage, not a count"),
    C("attack", "asserted", R(1451, None, "civilians", "أكثر من 1450 مدنيا"),
      FR123_P10, src=[SOHR], verb="وفق", place="الغوطة الشرقية", time="منذ بدء التصعيد",
      note="cumulative"),
    C("attack", "asserted", N(300, "civilians", "نحو 300 طفل", approx=True),
      FR123_P10, src=[SOHR], verb="وفق", place="الغوطة الشرقية", time="منذ بدء التصعيد",
      note="subset of the >1,450 civilians → civilians; cumulative"),
    C("statement", "asserted", V("ashrat_alaf", "people", "عشرات الآلاف من سكان الغوطة الشرقية وعفرين"),
      FR123_P11, src=[UN, PE("علي الزعتري", "الممثل المقيم لأنشطة الأمم المتحدة في سوريا")], verb="شدد", place="الغوطة الشرقية وعفرين", time="ليل الاثنين",
      note="residents in need of urgent aid → statement (people in need); printed «لعشرات الآلاف»"),
    C("control", "asserted", None,
      FR123_P11, agent="قوات تركية مع فصائل سورية موالية لها", place="عفرين", time="الأحد",
      also=['في شمال سوريا، وبعد يومين من سيطرة القوات التركية وفصائل سورية موالية لها على مدينة عفرين ذات الغالبية الكردية، انتشر عناصر من الشرطة العسكرية التركية في المدينة، على خلفية قيام مقاتلين بعمليات نهب المحال والمنازل، وفق ما أفاد المرصد الذي أشار إلى "فوضى عارمة" في المدينة.'],
      note="Turkish forces and allied factions took Afrin on Sunday; outlet's background clause after Zaatari's quote, restated in the Afrin paragraph → also (there «وفق ما أفاد المرصد» covers the military police deployment)"),
    C("attack", "asserted", R(36, None, "fighters", "36 عنصرا على الأقل"),
      FR123_P14, src=[SOHR], verb="أفاد", agent='تنظيم "الدولة الإسلامية"', place="حي القدم", time="ليل الاثنين",
      note="regime and allied fighters killed in the IS attack"),
    C("control", "asserted", None,
      FR123_P14, src=[SOHR], verb="أفاد", agent='تنظيم "الدولة الإسلامية"', place="حي القدم", time="ليل الاثنين",
      note="IS takes the Qadam district («تمكن بموجبه من السيطرة على الحي»)"),
    C("evacuation", "asserted", V("miat", "fighters", "مئات المقاتلين"),
      'ويحتفظ التنظيم بسيطرته على بضعة أحياء في جنوب دمشق، وكان له تواجد محدود في هذا الحي قبل أن تتمكن قوات النظام من السيطرة عليه منتصف الأسبوع الماضي إثر إجلاء مئات المقاتلين من هيئة "تحرير الشام" وفصيل "أجناد الشام" منه إلى شمال البلاد.',
      place="حي القدم", time="منتصف الأسبوع الماضي",
      note="earlier evacuation of HTS and Ajnad al-Sham fighters to the north, outlet's voice (background); «بضعة أحياء» counts places, not annotated"),
    C("evacuation", "asserted", R(250001, None, "civilians", "أكثر من 250 ألف مدني"),
      'على خط مواز، تحاول أعداد خجولة من المدنيين العودة إلى منازلهم ومحالهم وأرزاقهم في عفرين التي تبدو شبه خالية من سكانها، بعد أن فر منها أكثر من 250 ألف مدني، بحسب المرصد.',
      src=[SOHR], verb="بحسب", place="عفرين",
      note="cumulative flight from Afrin; «أعداد خجولة من المدنيين» (small numbers trying to return) is no count, not annotated"),
    C("attack", "asserted", N(2, "fighters", "مقاتلين اثنين"),
      'وأفاد مدير المرصد رامي عبد الرحمن لوكالة الأنباء الفرنسية عن استهداف إحدى هذه الخلايا "آلية عسكرية تركية الأحد وسيارة تابعة للأتراك الاثنين بصاروخ مضاد للدروع ما أدى إلى مقتل مقاتلين اثنين من الفصائل الموالية لأنقرة".',
      src=[AFP, SOHR, RAMI], verb="أفاد", agent="إحدى هذه الخلايا", place="عفرين",
      note="pro-Ankara fighters killed by a Kurdish «sleeper cell»; Rami Abdel Rahman named, speaking to AFP → chain AFP → SOHR → Rami; the Turkish vehicle and the car (one each) are singulars, not annotated"),
], note="the AFP Douma correspondent's report, Erdogan's vow and Damascus's condemnation have no figures; «ثلاثة جيوب» and «بضعة أحياء» count places; «منذ العام 2012», «20 كانون الثاني/يناير» are dates"),

# france24:595 — Hodeidah: pro-government forces took the airport and prepare to advance on the port; medical sources: 22 rebels and 4 government fighters killed in 24 h; toll 374 since 13 June; UN: ~32,000 displaced in June
A("france24", 595, [
    C("control", "asserted", None,
      'أعلن مسؤول حكومي يمني الخميس أن القوات الموالية للحكومة تستقدم تعزيزات عسكرية استعدادا للتقدم نحو ميناء الحديدة بعد سيطرتها الأربعاء على مطار المدينة الواقعة في غرب البلاد، في إطار عملية واسعة دفعت الأمم المتحدة إلى التحذير من المخاطر الكبيرة على المدنيين.',
      src=[AN("مسؤول حكومي يمني")], verb="أعلن", agent="القوات الموالية للحكومة", place="مطار الحديدة", time="الأربعاء",
      also=['وكانت القوات الموالية للحكومة اليمنية سيطرت الأربعاء على المطار الواقع في جنوب مدينة الحديدة بمساندة التحالف العسكري الذي تقوده السعودية، بعد نحو أسبوع من إطلاق هجوم باتجاه المدينة للسيطرة على مينائها الإستراتيجي.'],
      note="airport taken; the later outlet-voice restatement → also (outlet-only claim defensible)"),
    C("attack", "asserted", N(22, "fighters", "22 متمردا"),
      FR595_MED, src=[AN("مصادر طبية يمنية")], verb="أعلنت", place="الحديدة", time="خلال الساعات الـ24 الماضية",
      note="«متمرد» (Houthi rebels) → fighters; «الساعات الـ24» is a duration"),
    C("attack", "asserted", N(4, "fighters", "أربعة مقاتلين حكوميين"),
      FR595_MED, src=[AN("مصادر طبية يمنية")], verb="أعلنت", place="الحديدة", time="خلال الساعات الـ24 الماضية"),
    C("attack", "asserted", N(374, "people", "374 شخصا"),
      'وارتفع عدد القتلى منذ بدء الهجوم العسكري في 13 من حزيران/يونيو الماضي إلى 374 شخصا.',
      place="الحديدة", time="منذ بدء الهجوم العسكري في 13 من حزيران/يونيو الماضي",
      also=['عدد القتلى منذ بدء الهجوم يرتفع إلى 374 شخصا'],
      note="cumulative; outlet's voice — the in-text subheading stands between it and the medical sources' sentence, so their attribution is not carried over (medical sources defensible); the subheading → also"),
    C("statement", "asserted", N(8000000, "people", "نحو ثمانية ملايين من سكانه", approx=True),
      'ويبعد المطار نحو ثمانية كليومترات عن الميناء الذي تدخل منه غالبية المساعدات والمواد التجارية والغذائية الموجهة إلى ملايين السكان في البلد الذي يعاني من أزمة إنسانية كبيرة ويهدد شبح المجاعة نحو ثمانية ملايين من سكانه.',
      place="اليمن",
      note="people threatened by famine → statement, outlet's voice; «نحو ثمانية كليومترات» is a distance; «ملايين السكان» (the population the port's aid goes to) is background description, not annotated (statement with «الملايين» defensible)"),
    C("presence", "asserted", N(600000, "people", "نحو 600 ألف شخص", approx=True),
      'وستمثل السيطرة على مدينة الحديدة التي يسكنها نحو 600 ألف شخص، في حال تحققت، أكبر انتصار عسكري لقوات السلطة المعترف بها دوليا في مواجهة المتمردين، منذ استعادة هذه القوات خمس محافظات من أيدي الحوثيين في 2015.',
      place="مدينة الحديدة",
      note="city population, outlet's voice (background); «خمس محافظات» counts places"),
    C("threat", "asserted", None,
      'ومساء الأربعاء، تعهد زعيم الحوثيين عبد الملك بدر الدين الحوثي بصد تقدم القوات الموالية للحكومة في مدينة الحديدة.',
      src=[OR("الحوثيون"), PE("عبد الملك بدر الدين الحوثي", "زعيم الحوثيين")], verb="تعهد", place="مدينة الحديدة", time="مساء الأربعاء",
      note="vow to repel the advance; his quoted speech (on al-Masira) has no figure"),
    C("statement", "asserted", N(22000000, "people", "22 مليون يمني"),
      FR595_UN, src=[UN], verb="تخشى", place="اليمن",
      note="people depending on aid → statement; the figures sit in the «إذ» clause explaining the UN's fear → UN (outlet-only defensible)"),
    C("statement", "hedged", N(8400000, "people", "ما يقدر بنحو 8.4 مليون نسمة", approx=True),
      FR595_UN, src=[UN], verb="يُعتقد", place="اليمن",
      note="people on the brink of famine; «يُعتقد» → hedged; different source and form from the outlet's «نحو ثمانية ملايين» → own claim"),
    C("statement", "asserted", R(2001, None, "people", "أكثر من ألفي شخص"),
      'وأضافت أن "الحصول على المياه النظيفة والكافية مصدر قلق رئيسي خصوصا في ظل حالة الطوارئ الصحية بسبب الكوليرا" الذي أدى إلى وفاة أكثر من ألفي شخص منذ نحو عام في اليمن.',
      place="اليمن", time="منذ نحو عام",
      note="cholera deaths (not violence) → statement; the relative clause stands outside the NRC quote → outlet's voice (NRC defensible)"),
    C("evacuation", "asserted", N(32000, "people", "نحو 32 ألف شخص", approx=True),
      FR595_P_END, src=[UN], verb="أعلنت", place="محافظة الحديدة", time="في حزيران/يونيو الحالي",
      also=[FR595_L],
      note="displaced in June; the lede («وحذرت الأمم المتحدة ... في وقت دفعت فيه أعمال العنف نحو 32 ألف شخص للنزوح») restates the UN figure → also"),
    C("evacuation", "asserted", R(3001, None, "people", "أكثر من ثلاثة آلاف شخص"),
      FR595_P_END, src=[UN], verb="أعلنت", place="مدينة الحديدة", time="في حزيران/يونيو الحالي",
      note="subset of the ~32,000"),
], note="the Reuters military source's plan, the government official's «نستقدم حاليا التعزيزات», the resident's warning and NRC's water statement («عدة أحياء» = places) have no figures; Houthi mortar fire on the airport (no figure) is not annotated; «13 من حزيران/يونيو», «2015» are dates"),

# france24:846 — Syria: civil registries issue death notices for detainees; rights groups: ≥80,000 arrests, fate of only hundreds known; SNHR: ~82,652 disappeared, ~13,066 died under torture, 161 registered deaths, ~400 of ~80,000 detainees notified; Amnesty: 13,000 hanged at Saydnaya
A("france24", 846, [
    C("detention", "asserted", R(80000, None, "people", "ما لا يقل عن 80 ألف حالة اعتقال"),
      FR846_L, src=[RIGHTS_ORGS], verb="أحصت", agent="النظام السوري", place="سوريا",
      note="arrest cases documented by unnamed rights groups (organization kind, generic name); «حالة اعتقال» → people (detainees defensible); differs in form and source label from SNHR's «حوالي 80 ألف» below → own claim"),
    C("attack", "asserted", V("miat", "detainees", "المئات من المعتقلين"),
      'واستقطبت دوائر الأحوال المدنية السورية الاهتمام مؤخرا إثر إعلان منظمات حقوقية وعائلات سورية، قيام السلطات بتحديث سجلات النفوس المدنية، وإضافة كلمة "متوف" إلى جانب أسماء المئات من المعتقلين لديها.',
      src=[RIGHTS_ORGS], verb="إعلان", agent="السلطات", place="سوريا",
      also=[FR846_L],
      note="detainees recorded as dead → attack (death in detention); joint announcement by «منظمات حقوقية وعائلات سورية» → one chain with this note; the lede's «لم يكشف عن مصير سوى المئات» (same unnamed rights groups, fate disclosed = death notices) → also (statement defensible for the lede)"),
    C("attack", "asserted", V("miat", "detainees", "المئات من المعتقلين"),
      'شرعت الدوائر الرسمية في سوريا مؤخرا ولأول مرة في إعلان وفاة المئات من المعتقلين في سجون النظام بسجلات الأحوال المدنية أو ما يعرف محليا بالنفوس.',
      agent="الدوائر الرسمية في سوريا", place="سجون النظام", time="مؤخرا",
      note="deaths in detention declared by the registries, outlet's voice"),
    C("attack", "asserted", V("miat", "detainees", "مئات المعتقلين"),
      'وكانت "الشبكة السورية لحقوق الإنسان" السباقة لإعلان قيام السلطات السورية بإصدار شهادات الوفاة الخاصة بمئات المعتقلين في سجونها، ونشرت في 28 تموز/يوليو بيانا مفصلا على موقعها الإلكتروني حول إعلان عائلة الناشط السياسي يحيى شربجي وفاته لدى استخراج بيان قيد عائلي من دائرة السجل المدني في مدينة داريا بريف دمشق.',
      src=[SNHR], verb="إعلان", agent="السلطات السورية", place="سوريا",
      note="death certificates for hundreds of detainees, SNHR's announcement (printed «بمئات»); Yahya and Mohammed Shurbaji are single named cases"),
    C("detention", "asserted", N(82652, "people", "قرابة 82 ألف و652 مواطنا", approx=True),
      FR846_SN1, src=[SNHR], verb="بحسب", agent="النظام السوري", place="سوريا", time="منذ آذار 2011 حتى حزيران 2018",
      note="enforced disappearance by the regime (held) → detention, as the «إخفاء قسري» cases of heldout6; «مواطنا» → people (detainees defensible); cumulative"),
    C("attack", "asserted", N(13066, "people", "قرابة 13 ألف و66", approx=True),
      FR846_SN1, src=[SNHR], verb="تابعت", agent="النظام السوري", place="سجون النظام السوري الرسمية والسرية", time="في المدة ذاتها",
      note="killed under torture in prison; cumulative; «الضحايا» → people (detainees defensible)"),
    C("attack", "asserted", N(161, "people", "161 مختف قسريا"),
      FR846_SN2, src=[SNHR], verb="أشار", place="سوريا",
      note="deaths of forcibly disappeared persons registered by the civil registry, per SNHR's report (death in detention → attack)"),
    C("attack", "asserted", N(91, "people", "91"),
      FR846_SN2, src=[SNHR], verb="أشار", place="ريف دمشق",
      note="subset of the 161 («منهم»)"),
    C("attack", "asserted", N(32, "people", "32"),
      FR846_SN2, src=[SNHR], verb="أشار", place="حماة", note="subset of the 161"),
    C("attack", "asserted", N(17, "people", "17"),
      FR846_SN2, src=[SNHR], verb="أشار", place="اللاذقية", note="subset of the 161"),
    C("attack", "asserted", N(8, "people", "8"),
      FR846_SN2, src=[SNHR], verb="أشار", place="دمشق", note="subset of the 161"),
    C("attack", "asserted", N(6, "people", "6"),
      FR846_SN2, src=[SNHR], verb="أشار", place="حمص", note="subset of the 161"),
    C("attack", "asserted", N(4, "people", "4"),
      FR846_SN2, src=[SNHR], verb="أشار", place="الحسكة", note="subset of the 161 (printed «و4»)"),
    C("detention", "asserted", N(80000, "detainees", "حوالي 80 ألف شخص", approx=True),
      FR846_SN3, src=[SNHR], verb="وثقت", agent="النظام السوري", place="سوريا",
      note="detainees held by the regime («عدد المعتقلين ... بحوالي 80 ألف شخص») → detainees; printed «بحوالي»"),
    C("attack", "asserted", N(400, "detainees", "نحو 400 منهم", approx=True),
      FR846_SN3, src=[SNHR], verb="وثقت", place="دوائر الأحوال المدنية",
      note="detainees whose families were notified of their death → attack (death in detention); subset of the ~80,000"),
    C("attack", "asserted", R(9, None, "detainees", "تسعة أطفال على الأقل"),
      FR846_SN3, src=[SNHR], verb="وثقت",
      note="children among the ~400 dead detainees («بينهم») → detainees"),
    C("attack", "asserted", V("miat", "detainees", "المئات من معتقلي البلدة"),
      'وأعلن ناشطون من مدينة داريا مؤخرا وفاة المئات من معتقلي البلدة في السجون، متهمين قوات النظام "بقتلهم تحت التعذيب".',
      src=[AN("ناشطون من مدينة داريا")], verb="أعلن", agent="قوات النظام", place="مدينة داريا", time="مؤخرا",
      note="Daraya detainees dead in prison"),
    C("attack", "asserted", R(350001, None, "people", "أكثر من 350 ألف شخص"),
      'لكن مدير الأحوال المدنية أحمد رحال لم يقدم أي تفاصيل عن الوفيات أو المناطق التي سجلت فيها، في وقت تسبب هذا النزاع الدامي منذ 2011 وفق تقديرات غير رسمية بمقتل أكثر من 350 ألف شخص.',
      src=[AN("تقديرات غير رسمية")], verb="وفق", place="سوريا", time="منذ 2011",
      note="cumulative war toll; «وفق تقديرات غير رسمية» = unnamed estimates → anonymous (outlet-only defensible); plain attribution → asserted"),
    C("attack", "asserted", V("alaf", "detainees", "آلاف المعتقلين"),
      'هذا، ونقل موقع صحيفة "إكسبرس" الفرنسية عن زياد ماجد، الخبير في دراسات الشرق الأوسط بالجامعة الأمريكية في باريس، أن الهدف من إعلان وفاة المعتقلين في السجلات المدنية هو "لإيصال رسالة مفادها أن هذا الملف لم يعد قابلا للتفاوض، وطي صفحة المعتقلين الذين قضوا، ومن بقي منهم على قيد الحياة. لكن هذا لن يوفر له الحماية من القضاء الدولي بل العكس، حيث إنه قد اعترف الآن بقتل آلاف المعتقلين دون حتى أن يسلم جثثهم".',
      src=[OU("إكسبرس"), PE("زياد ماجد", "الخبير في دراسات الشرق الأوسط بالجامعة الأمريكية في باريس")], verb="نقل", agent="النظام", place="سوريا",
      note="the analyst's reading that the regime has now admitted killing thousands of detainees; «قد اعترف» is قد + perfect (asserted); evidence is the whole quoted statement (the figure is in its second sentence)"),
    C("attack", "asserted", N(13000, "detainees", "13 ألف معتقل"),
      FR846_AI1, src=[AMNESTY], verb="اتهمت", agent="النظام السوري", place="سجن صيدنايا قرب دمشق", time="خلال خمس سنوات من النزاع",
      also=[FR846_AI2],
      note="secret mass hangings; the earlier Amnesty report's «شنق في صيدنايا سرا 13 ألف شخص» (same source, same figure) → also; «أغلبهم من المدنيين» is a vague share; «خلال خمس سنوات» is a duration"),
    C("attack", "asserted", N(50, "people", "خمسين شخصا"),
      FR846_AI2, src=[AMNESTY], verb="جاء في تقرير", place="سجن صيدنايا", time="بين 2011 و2015",
      note="groups of «up to» fifty taken out and hanged each time («تصل أحيانا إلى» → exact, per the «يصل إلى» convention); doubtful whether a fact-checker would list a per-group size; «مرتين» is a frequency"),
], note="the civil-registry director Ahmad Rahhal's quotes have no figures; the Saydnaya director's death is a single case; «15 كانون الثاني/يناير 2013», «28 تموز/يوليو», «7 شباط/فبراير 2017» are dates"),

# ---------------------------------------------------------------- Sky News Arabia
# skynewsarabia:1174 — Erdogan admits losing hundreds of fighters in the Afrin operation: 56 Turkish soldiers and hundreds of allied Syrian fighters; hundreds of civilians killed; PKK insurgency ~40,000 dead
A("skynewsarabia", 1174, [
    C("attack", "asserted", V("miat", "fighters", "مئات المقاتلين"),
      SK1174_L, src=[ERDOGAN], verb="أقر", place="عفرين", time="منذ بدء الحملة قبل 3 أشهر",
      also=[SK1174_P2],
      note="Turkey and its allies' losses; restated in the next sentence («فقدوا 'مئات' المقاتلين», quoted in the text) → also; «لنحو شهرين», «قبل 3 أشهر» are durations"),
    C("attack", "asserted", N(56, "fighters", "56 عنصرا"),
      SK1174_P2, src=[NTV, ERDOGAN], verb="قال", place="عفرين", time="منذ بدء الحملة",
      note="Turkish army soldiers killed; said in an interview with NTV → chain NTV → Erdogan"),
    C("attack", "asserted", V("miat", "fighters", "المئات من الفضائل الموالية لأنقرة"),
      SK1174_P2, src=[NTV, ERDOGAN], verb="قال", place="عفرين", time="منذ بدء الحملة",
      note="fighters of the pro-Ankara factions killed («الفضائل» is a typo for «الفصائل», kept as printed); part of the «مئات المقاتلين» total but a separate figure"),
    C("control", "asserted", None,
      SK1174_P3, agent="تركيا وحلفاؤها من الجيش السوري الحر", place="منطقة عفرين", time="في يناير الماضي",
      also=[SK1174_L],
      note="Turkey and allied factions drove the YPG out of Afrin; outlet's voice; the lede's «انتزاع ... السيطرة على المنطقة» → also"),
    C("attack", "asserted", V("miat", "civilians", "مئات المدنيين"),
      SK1174_P3, agent="تركيا وحلفاؤها", place="منطقة عفرين",
      note="civilians killed by the shelling and air strikes, outlet's voice"),
    C("threat", "asserted", None,
      'وكان أردوغان، الذي تعتبر بلاده وحدات حماية الشعب الكردية امتدادا لحزب العمال الكردستاني المحظور، هدد في السابق بالتوغل على نحو أكبر ناحية الشرق في خطوة قد تؤدي إلى تصاعد التوتر في الصراع متعدد الأطراف في سوريا.',
      src=[ERDOGAN], verb="هدد", place="ناحية الشرق", time="في السابق",
      note="threat to push further east; «قد تؤدي» qualifies the consequence, not the threat"),
    C("attack", "asserted", N(40000, "people", "نحو 40 ألف شخص", approx=True),
      'ويشن حزب العمال الكردستاني، الذي تصنفه أيضا الولايات المتحدة وأوروبا بأنه منظمة إرهابية، تمردا منذ ثلاثة عقود في جنوب شرق تركيا ،الذي تقطنه أغلبية كردية، ما أدى إلى مقتل نحو 40 ألف شخص.',
      place="جنوب شرق تركيا", time="منذ ثلاثة عقود",
      note="cumulative toll of the PKK insurgency, outlet's voice (background); «ثلاثة عقود» is a duration"),
]),

# skynewsarabia:2940 — Houthis step up child recruitment in Sanaa; Yemeni sources: >200 orphans recruited, 90 killed, ~30 captured; coalition spokesman citing the national commission: >100 children killed fighting for the Houthis
A("skynewsarabia", 2940, [
    C("statement", "asserted", None,
      'وقال سكان محليون في صنعاء، إن الميليشيات الانقلابية أنشأت على مدار 3 أيام، خيمة أطلقت عليها "خيمة التحرير" وكتب عليها "لمن أراد الذهاب للجبهات"، مستهدفة الأطفال على وجه التحديد.',
      src=[AN("سكان محليون في صنعاء")], verb="قال", agent="الميليشيات الانقلابية", place="صنعاء",
      note="recruitment tent targeting children (recruitment → statement, as trainees/volunteers); «على مدار 3 أيام» is a duration; no figure"),
    C("statement", "asserted", R(201, None, "people", "أكثر من 200 طفل"),
      'ويأتي هذه التطور بعد نحو شهر ونصف الشهر من كشف مصادر يمنية عن تجنيد ميليشيات الحوثي لأكثر من 200 طفل من منتسبي دار الأيتام في صنعاء في صفوفها.',
      src=[YE_SOURCES], verb="كشف", agent="ميليشيات الحوثي", place="دار الأيتام في صنعاء",
      note="children recruited → statement (as volunteers/trainees); printed «لأكثر من»; «نحو شهر ونصف الشهر» is a duration"),
    C("attack", "asserted", N(90, "people", "90 طفلا"),
      SK2940_P6, src=[YE_SOURCES], verb="ذكرت", place="جبهات القتال", time="في الأول من يونيو الماضي",
      note="recruited orphans killed at the front; «طفلا» → people (fighters defensible); «المصادر» = the Yemeni sources of the previous sentence (named by the article)"),
    C("detention", "asserted", N(30, "detainees", "قرابة 30 آخرين", approx=True),
      SK2940_P6, src=[YE_SOURCES], verb="ذكرت", agent="القوات الشرعية والمقاومة", place="جبهات مختلفة", time="في الأول من يونيو الماضي",
      note="children taken prisoner («وقعوا أسرى») → detention, detainees"),
    C("attack", "asserted", R(101, None, "people", "أكثر من 100 طفل"),
      'وفي مطلع يوليو الجاري، أشار المتحدث باسم تحالف دعم الشرعية في اليمن، العقيد الركن تركي المالكي، إلى آخر تقرير للجنة الوطنية للتحقيق بانتهاكات حقوق الإنسان، أكد أن أكثر من 100 طفل فقدوا أرواحهم في أرض المعارك في صفوف الحوثيين.',
      src=[COALITION, MALIKI, OF("اللجنة الوطنية للتحقيق بانتهاكات حقوق الإنسان")], verb="أكد", place="أرض المعارك", time="في مطلع يوليو الجاري",
      note="children killed fighting for the Houthis; Maliki cites the (Yemeni government) national commission's report, which «أكد» the figure → commission innermost (official); Maliki's follow-up (bodies moved to Sanaa, death certificates) has no figure"),
], note="«أكثر من جبهة», «مناطق عدة», «أحياء عدة» count places; the outlet's «خسائر فادحة/كبيرة» has no figure"),

# skynewsarabia:2528 — UNHCR: survivors report ~220 migrants drowned off Libya in a few days: 5 survivors of a boat with 100, 70 drowned from a dinghy with 130, >50 from another boat
A("skynewsarabia", 2528, [
    C("attack", "asserted", N(220, "people", "نحو 220 شخصا", approx=True),
      'قالت مفوضية الأمم المتحدة السامية لشؤون اللاجئين اليوم الخميس إن ناجين أفادوا بغرق نحو 220 شخصا قبالة سواحل ليبيا خلال الأيام القليلة الماضية وهم يحاولون عبور البحر المتوسط للوصول إلى أوروبا.',
      src=[UNHCR, AN("ناجين")], verb="أفادوا", place="قبالة سواحل ليبيا", time="خلال الأيام القليلة الماضية",
      note="drowned migrants → attack as casualties (as the shipwreck of an earlier set; statement defensible: no violence); UNHCR relays survivors' accounts → survivors innermost (UNHCR defensible)"),
    C("statement", "asserted", N(5, "people", "خمسة فقط"),
      SK2528_P2, src=[UNHCR], verb="قالت", place="قبالة سواحل ليبيا", time="يوم الثلاثاء",
      note="survivors of the sunken boat → statement (doubtful type)"),
    C("transfer", "asserted", N(100, "people", "100 شخص"),
      SK2528_P2, src=[UNHCR], verb="قالت", place="قبالة سواحل ليبيا", time="يوم الثلاثاء",
      note="people on board a boat crossing the sea → transfer (migrants crossing); the implied ~95 dead are not printed"),
    C("transfer", "asserted", N(130, "people", "130 شخصا"),
      SK2528_P2, src=[UNHCR], verb="قالت", place="قبالة سواحل ليبيا", time="يوم الثلاثاء",
      note="people on board the dinghy → transfer"),
    C("attack", "asserted", N(70, "people", "70 شخصا"),
      SK2528_P2, src=[UNHCR], verb="قالت", place="قبالة سواحل ليبيا", time="يوم الثلاثاء",
      note="drowned; same typing as the 220"),
    C("attack", "asserted", R(51, None, "people", "ما يربو على 50 شخصا"),
      'وأضافت أن لاجئين ومهاجرين تم إنقاذهم أفادوا بغرق ما يربو على 50 شخصا كانوا معهم على قارب.',
      src=[UNHCR, AN("لاجئين ومهاجرين تم إنقاذهم")], verb="أفادوا", place="البحر المتوسط",
      note="«ما يربو على» = more than → min N+1"),
], note="«الأعداد المتزايدة للاجئين والمهاجرين الذين يفقدون أرواحهم» has no figure"),

# skynewsarabia:3212 — Austria weighs leaving its IS nationals in Iraqi prisons; Der Standard: dozens of fighters held; Austrian security service: 313 joined IS, 55 killed, 94 returned, 1,400 pledged allegiance
A("skynewsarabia", 3212, [
    C("detention", "asserted", V("adad", "people", "عددا من المواطنين النمساويين"),
      'كشفت وسائل إعلام نمساوية أن عددا من المواطنين النمساويين من بينهم نساء وأطفال يقبعون في السجون العراقية بعد أن ثبت ضلوعهم بعمليات إرهابية في العراق.',
      src=[OU("وسائل إعلام نمساوية")], verb="كشفت", place="السجون العراقية",
      note="Austrians held in Iraqi prisons → detention; «المواطنين» → people (detainees defensible); «نساء وأطفال» has no count"),
    C("detention", "asserted", V("ashrat", "fighters", "عشرات المقاتلين"),
      'ونقلت صحيفة "دير ستاندرد" النمساوية عن مسؤولين في الخارجية النمساوية القول انه "برغم القضاء على ما يسمى بتنظيم داعش فإنه ترك إرثا ثقيلا يتمثل بعشرات المقاتلين القابعين في سجون العراق وبينهم من يحمل الجنسية النمساوية والألمانية".',
      src=[OU("دير ستاندرد"), AN("مسؤولين في الخارجية النمساوية")], verb="نقلت", place="سجون العراق",
      note="IS fighters held in Iraqi prisons; printed «بعشرات»"),
    C("statement", "asserted", N(313, "people", "313 شخصا"),
      SK3212_BVT, src=[AT_BVT], verb="ذكر", agent="تنظيم (داعش)", place="سوريا والعراق",
      note="Austrian nationals who joined IS to fight → statement (as the foreign-fighter estimates of earlier sets); «شخصا» → people (fighters defensible); cumulative"),
    C("attack", "asserted", N(55, "people", "55 شخصا"),
      SK3212_BVT, src=[AT_BVT], verb="ذكر", place="هناك",
      note="killed in Syria and Iraq; subset of the 313"),
    C("transfer", "asserted", N(94, "people", "94 شخصا"),
      SK3212_BVT, src=[AT_BVT], verb="ذكر", place="إلى النمسا",
      note="returned to Austria (people moving elsewhere) → transfer; subset of the 313"),
    C("statement", "asserted", N(1400, "people", "1400 شخصا"),
      'وأشار الجهاز الأمني النمساوي إلى وجود 1400 شخصا داخل البلاد بايعوا التنظيم الإرهابي عبر تسجيلات بثت عن طريق وسائل الاتصال الاجتماعي.',
      src=[AT_BVT], verb="أشار", place="داخل البلاد",
      note="people in Austria who pledged allegiance to IS → statement (presence defensible)"),
], note="the German whose death sentence was commuted is a single case; the newspaper's remark that the number of women and children held is hard to establish has no figure; the two governments' preference to leave their nationals in Iraqi prisons is not annotated"),
]
