#!/usr/bin/env python3
"""Generator for eval/dev2/pii.jsonl: a held-out synthetic PII set for Lotse.

Every text is assembled from parts: plain strings and (TYPE, value) tuples.
Offsets are computed here (Python str indices, end exclusive) and checked.
All people, numbers and addresses are invented; e-mails use example.org/.com/.net.

Annotation follows /work/shared/eval/README.md:
- titles/honorifics (Frau, Herr, Dr., Hanım, Bey, السيدة, пані, آقای ...) are outside PERSON spans;
- suffixes after an apostrophe (Turkish, English possessive) are outside; the German genitive -s
  is likewise left outside (base name only); Slavic case forms are marked as written;
- attached Arabic clitics (و, بـ) are outside the span;
- names inside street / institution / business names are not PERSON;
- only birth dates are DATE_OF_BIRTH (appointments, entry, expiry, due dates are not);
- public hotlines (110, 112, 116 016, 116 117, 0800 ...) are not PHONE.

Run: python3 make_pii.py  (writes pii.jsonl next to this file)
"""
import json
import os
from collections import Counter

TYPES = {"PERSON", "DATE_OF_BIRTH", "PHONE", "EMAIL", "IBAN", "ADDRESS", "POSTCODE_CITY",
         "ID_NUMBER", "HEALTH", "URL_PERSONAL"}


def P(v): return ("PERSON", v)
def B(v): return ("DATE_OF_BIRTH", v)
def T(v): return ("PHONE", v)
def E(v): return ("EMAIL", v)
def I(v): return ("IBAN", v)
def A(v): return ("ADDRESS", v)
def C(v): return ("POSTCODE_CITY", v)
def N(v): return ("ID_NUMBER", v)
def H(v): return ("HEALTH", v)
def U(v): return ("URL_PERSONAL", v)


def iban(cc, bban, spaced=True, typo=False):
    """Build an IBAN with correct ISO 13616 check digits (or deliberately wrong ones when typo)."""
    assert len(bban) == {"DE": 18, "AT": 16, "PL": 24, "NL": 14, "RO": 20, "UA": 25, "TR": 22}[cc], (cc, bban)
    digits = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    chk = 98 - int(digits) % 97
    if typo:
        chk = (chk + 11) % 97 + 2
    s = f"{cc}{chk:02d}{bban}"
    if spaced:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


ITEMS = []


def item(lang, *parts):
    ITEMS.append((lang, parts))


# ---------------------------------------------------------------- German (39)
item("de", "Frau ", P("Trần Thị Mai"), " (geb. ", B("03.07.1985"), ") kam heute ohne Termin. Einreise am "
     "12.09.2022, Aufenthaltserlaubnis gültig bis 11.09.2025. Wohnt jetzt ", A("Hemingwaystr. 8"), ", ",
     C("06122 Halle (Saale)"), ". Tel. ", T("0176 41829307"), ".")
item("de", "Rückruf von Herrn ", P("Freitag"), " (Vermieter) – er will die Mietbescheinigung bis Freitag haben. "
     "Klient ", P("Yonas Tesfaye"), " hat sie angeblich schon ans Jobcenter geschickt, bitte nachfragen.")
item("de", "Sehr geehrte Frau ", P("Lehmann"), ",\nanbei die Unterlagen von Herrn ", P("Mohammad Nasir Ahmadzai"),
     ", geb. ", B("01.01.1994"), ", AZR-Nr. ", N("156482937104"), ". Er ist unter ", T("0157 38264519"), " oder ",
     E("nasir.ahmadzai94@example.com"), " erreichbar.\nMit freundlichen Grüßen\n", P("Sabine Krüger"),
     "\nMigrationsberatung für Erwachsene, Caritas Magdeburg\nDurchwahl ", T("0391 6059-214"))
item("de", "Infoveranstaltung zur Anerkennung ausländischer Berufsabschlüsse am 14.05. um 10 Uhr in der IHK "
     "Magdeburg. Bisher 11 Anmeldungen (Syrien, Afghanistan, Ukraine), Dolmetscher für Dari ist angefragt.")
item("de", "Herr ", P("Okonkwo"), " war da wg. Familiennachzug. ", P("Chiamaka"), "s Visumantrag (Ehefrau) liegt "
     "bei der Botschaft in Lagos, Termin dort am 03.04. – er soll die Heiratsurkunde legalisieren lassen.")
item("de", "Klient ", P("Dragan Petrović"), " hat seit dem Arbeitsunfall eine ", H("Querschnittslähmung"),
     ". Wohnung im 3. OG ohne Aufzug, ", A("Olvenstedter Str. 45"), ", ", C("39108 Magdeburg"),
     ". Vermieterin Frau ", P("Engel"), " lehnt den Umbau ab. Schwerbehindertenausweis ist beantragt.")
item("de", "Kontoänderung fürs Kindergeld: neue IBAN ", I(iban("DE", "810532720641209573")),
     ", Kontoinhaberin ", P("Aminata Diallo"), ". Formular an Familienkasse Sachsen-Anhalt-Nord raus.")
item("de", "WhatsApp v. Kl. (", T("+49 1520 7734218"), "): \"hallo frau ", P("schulze"), " ich habe brief von "
     "auslanderbehörde bekommen kann ich morgen kommen\" → Termin Do 9 Uhr vergeben.")
item("de", "BG-Nr. ", N("07303//0048215"), ", Bedarfsgemeinschaft ", P("Haddad"), " (5 Pers.). Kundennr. AA ",
     N("927D184503"), ". WBA bis 30.11. abgeben!!")
item("de", "Hinweis fürs Team: Das Hilfetelefon Gewalt gegen Frauen ist unter 116 016 rund um die Uhr erreichbar, "
     "auch auf Arabisch, Farsi und Ukrainisch. Im akuten Notfall 110 wählen.")
item("de", "Gespräch mit Frau ", P("Sommer"), " vom Sozialamt Stendal: im Sommer wird die Gemeinschaftsunterkunft "
     "geschlossen, Familie ", P("Krasniqi"), " muss bis August umziehen. Herr ", P("Krasniqi"), " hat ",
     H("Epilepsie"), " und braucht eine Wohnung im EG.")
item("de", "Für die Anmeldung beim Arbeitgeber (Bäckerei Hoffmann GmbH, Halle) fehlen noch Steuer-ID (",
     N("47 036 892 816"), ") und SV-Nummer. SV-Ausweis von Frau ", P("Hanna Kowalczyk"), " liegt jetzt vor: ",
     N("65 140391 K 512"), ".")
item("de", "Termin Ausländerbehörde Dessau-Roßlau am 22.01. um 8:30, Pass und biometrisches Foto mitbringen.")
item("de", "Klt. ", P("Ahmad al-Khatib"), " hat angerufn, Brief vom Jobcenter (Sanktion?). Seine Frau ",
     P("Rasha"), " ist ", H("schwanger"), " und hat ", H("Schwangerschaftsdiabetes"),
     ", kann nicht zum Kurs. Rückruf unter ", T("0176/38192047"), " erbeten, nicht vor 14 uhr.")
item("de", "Beratung Familiennachzug: Herr ", P("Haider Jabbar Al-Saadi"), " (irak. StA, geb. ", B("15.06.1979"),
     ") möchte Ehefrau ", P("Zahraa Kadhim"), " und die Kinder ", P("Ali"), " (*", B("2012"), ") und ",
     P("Fatima"), " (geb. ", B("03/2016"), ") nachholen. Pass-Nr. der Ehefrau ", N("A11934827"),
     ", Termin bei der Botschaft in Beirut steht noch nicht fest. Wohnraum: ", A("Zerbster Str. 14"), ", ",
     C("06124 Halle (Saale)"), ", 52 m² – für 5 Personen zu klein.")
item("de", "Hallo Herr ", P("van den Berg"), ",\nwie telefonisch besprochen übernimmt das Jobcenter die Kaution für "
     "Frau ", P("Oksana Melnyk"), ". Die Wohnung in der ", A("Karl-Liebknecht-Straße 31"),
     " kann also ab 1.3. an sie vermietet werden.\nViele Grüße\n", P("Jens Wagner"), ", AWO Migrationsberatung Dessau")
item("de", "eAT-Karte verloren. Kartennummer ", N("Y4K7N2P9R"), ", ausgestellt von der ABH Halberstadt, "
     "Verlustanzeige bei der Polizei ist gemacht. Klient: ", P("Tesfalem Mebrahtu"), ", ",
     A("Friedrich-Ebert-Str. 9"), ", ", C("38820 Halberstadt"), ".")
item("de", "Anfrage einer Kita in Magdeburg-Olvenstedt: gibt es Elterninfos zur Masern-Impfpflicht auf Tigrinya? "
     "An das Gesundheitsamt verwiesen.")
item("de", "Frau ", P("Kovalenko"), " sucht Arbeit als Grafikdesignerin. Portfolio: ",
     U("https://www.behance.net/darya-kovalenko"), ", LinkedIn: ", U("linkedin.com/in/darya-kovalenko-7a1b2"),
     ". Beruf nicht reglementiert, keine Anerkennung nötig – Weiterleitung an IQ Netzwerk Sachsen-Anhalt.")
item("de", "Herr ", P("Wolf"), " (Schulsozialarbeiter der Gemeinschaftsschule) meldet: ", P("Milan"),
     " (12) fehlt oft, laut Mutter wegen ", H("Asthma"), ". Nächstes Gespräch mit der Schule Montag 13 Uhr.")
item("de", "Frau ", P("Małgorzata Wiśniewska"), " fragt nach Kindergeld für ", P("Zuzanna"), ", geb. ",
     B("7. August 2019"), ". Kontoverbindung in Polen: ", I(iban("PL", "109010140000071219812874", spaced=False)),
     ". Familienkasse verlangt Nachweis über Leistungen in Polen.")
item("de", "Bitte Frau ", P("Nguyễn Thị Lan"), " zurückrufen: ", T("0345 / 68 29 417"), ".")
item("de", "Attest von Dr. med. ", P("Bauer"), " (Hausarztpraxis am Hasselbachplatz) liegt vor: ",
     H("Bandscheibenvorfall L4/L5"), ", AU bis 15.02. An Jobcenter weitergeleitet.")
item("de", "Fallbesprechung: Wie gehen wir mit Wohnsitzauflagen nach § 12a AufenthG um, wenn ein Jobangebot in "
     "Niedersachsen vorliegt? Klärung mit der Ausländerbehörde Stendal, Rückmeldung bis Mittwoch.")
item("de", "Herr ", P("Yılmaz"), " dolmetscht ehrenamtlich (", E("m.yilmaz.dolmetscher@example.net"),
     ") und begleitet Frau ", P("Berivan Şêxo"), " am 4.6. zur Ausländerbehörde.")
item("de", "Erstgespräch: ", P("Senait Haile Gebremariam"), ", eritr., geb. ", B("12.02.1998"), ". Kinder ",
     P("Yohannes"), " und ", P("Selam"), ", Ehemann ", P("Kidane"), " noch in Äthiopien. ",
     H("Depression"), " lt. Psychiaterin, Anfrage beim Psychosozialen Zentrum Magdeburg läuft.")
item("de", "Von: ", P("Tobias Neumann"), " <", E("t.neumann@example.org"), ">\nBetreff: Termin Frau ",
     P("Rojda Amed"), "\n\nHallo, Frau ", P("Amed"), " kann am 11.03. nicht, sie hat an dem Tag eine "
     "Kontrolluntersuchung wegen ", H("Hepatitis B"), ". Ginge auch der 13.03.?")
item("de", "Familie ", P("Phạm"), " (", A("Breite Straße 15"), ", ", C("39576 Stendal"), ") – Sohn ",
     P("Minh Tuấn"), " (geb. ", B("2009-11-23"), ") sucht Ausbildungsplatz. Vater ", P("Phạm Văn Hùng"),
     " hat ", H("Diabetes mellitus Typ 2"), ", Mutter arbeitet im Nagelstudio.")
item("de", "Telefonsprechstunde der MBE diese Woche nur Di und Do. Fragen zum Bürgergeld bitte an die "
     "Servicenummer des Jobcenters verweisen. Nächste Schulung Datenschutz: 02.10.2025.")
item("de", "Herr ", P("Kwame Mensah"), " (Ghana) – Duldung verlängert bis 30.04. Pass bei der Botschaft beantragt, "
     "Nummer noch unbekannt. Erreichbar über Cousin ", P("Kofi Asante"), ", ", T("+49 152 28817306"),
     ", bei dem er wohnt: ", A("Magdeburger Str. 23"), ", ", C("06112 Halle"), ".")
item("de", "Daten für den Antrag – Name: ", P("Arina Sokolova"), "; Geburtsdatum: ", B("1988-02-29"),
     "; Reisepass RU ", N("75 1234567"), " (gültig bis 17.05.2030); Anschrift: ", A("Lübecker Str. 30a"), ", ",
     C("39124 Magdeburg"), ".")
item("de", "Anruf von Frau ", P("Vogel"), ", Klassenlehrerin an der Grundschule Am Westring: ", P("Ajla Hodžić"),
     " (2. Klasse) ist ", H("schwerhörig"), ", Eltern sollen zum HNO. Vater ", P("Emir Hodžić"),
     " spricht etwas Deutsch, Tel ", T("0340 8829143"), ".")
item("de", "Kd.-Nr. ", N("392D077154"), " – Vermittlungsvorschlag Lager/Logistik in Barleben erhalten, "
     "Bewerbung bis 20.06. schreiben.")
item("de", "Frau ", P("Blessing Okoro"), " und Tochter ", P("Precious"), " (* ", B("14.10.2020"),
     ") sind umgezogen: ", A("Rosa-Luxemburg-Str. 17"), ", ", C("06526 Sangerhausen"),
     ". Kita-Platz ist ein Segen, sagt sie.")
item("de", "Mieterhöhung: Vermieter ", P("Günter Thiele"), " (", A("Thomas-Müntzer-Straße 4"), ", ",
     C("06886 Lutherstadt Wittenberg"), ") verlangt 60 € mehr von Frau ", P("Olena Savchuk"), ". Sie ist am "
     "besten per WhatsApp erreichbar: ", T("+380 67 214 3398"), ". Verweis an Mieterverein.")
item("de", "Geburtsdatum lt. Tazkira ", B("1372/06/15"), " (= ", B("06.09.1993"), "), im deutschen Ausweisersatz "
     "steht aber ", B("01.01.1993"), ". Klient ", P("Gul Ahmad Popal"), " möchte das korrigieren lassen.")
item("de", "Herr ", P("Oluwaseun Adeyemi"), " ist Softwareentwickler, Profil: ", U("github.com/seun-adeyemi"),
     ". Blue-Card-Antrag läuft über den Arbeitgeber in Halle, Vorabzustimmung liegt vor.")
item("de", "Liebe Frau ", P("Demir"), ",\nbitte bringen Sie am Montag den Mietvertrag mit. Herr ", P("Koch"),
     " von der Wohnungsgenossenschaft wollte auch wissen, ob Ihr Mann noch als Koch arbeitet.\nViele Grüße\n",
     P("Anja Fiedler"))
item("de", "Nachtrag: Herr ", P("Sorin Popescu"), " hat für ein paar Monate in Österreich gearbeitet, Lohn ging "
     "auf ", I(iban("AT", "2011100009373452")), ", Rumänisches Konto: ", I(iban("RO", "BTRL0130120A57392818")),
     ". Jobcenter will Kontoauszüge beider Konten.")

# ---------------------------------------------------------------- English (16)
item("en", "Ms ", P("Grace Adjei"), " asked about the grace period for her Anmeldung. Born ",
     B("2 March 1990"), " in Kumasi. Phone ", T("+49 1577 3049281"), ".")
item("en", "Hi ", P("Mariam"), ",\nthanks for your message. Could you send me a copy of your residence permit "
     "(card no. ", N("Y2M8T4K6C"), ") before Thursday?\nBest,\n", P("Lukas Berger"),
     "\nMigration counselling, Diakonie Halle | ", T("0345 2171-338"), " | ", E("l.berger@example.org"))
item("en", "Reminder: the integration course at VHS Dessau starts on 6 October; the Ausländerbehörde is closed on "
     "3 October (public holiday).")
item("en", "Mr ", P("Tarek Yousef"), " (Syrian, DOB ", B("1991-07-04"), ") – LinkedIn ",
     U("https://www.linkedin.com/in/tarek-yousef-eng"), ". Civil engineer, recognition via Ingenieurkammer pending.")
item("en", "Called ", P("Hope Nwosu"), " back – no answer. I hope she gets the letter in time, the appointment at "
     "Jobcenter Stendal is on Tuesday.")
item("en", "Client disclosed ", H("HIV"), " status, wants a doctor who speaks English. Referred to AIDS-Hilfe "
     "Sachsen-Anhalt. Nothing else recorded.")
item("en", "Salary from the Dutch employer still goes to ", I(iban("NL", "INGB0007451938")), ", Jobcenter asks "
     "for statements. Client: ", P("Pieter de Vries"), ", Magdeburg-Sudenburg.")
item("en", "[WhatsApp 14:02] ", P("Fatoumata Bah"), ": my son ", P("Ibrahima"), " has fever since 3 days, doctor "
     "say ", H("malaria"), " what i do?? → told her to go back to the clinic today / 116 117 at night.")
item("en", "Question from a volunteer: can people from Ukraine with a §24 permit work self-employed? Yes, the "
     "permit allows it. Info: www.germany4ukraine.de")
item("en", "Mr ", P("Chinedu Okafor"), "'s landlord, Mr ", P("Schmidt"), ", called about rent arrears. Address: ",
     A("Kavalierstraße 20"), ", ", C("06844 Dessau-Roßlau"), ". Nigerian passport ", N("B50123984"), ".")
item("en", "For ", P("Abdirahman Farah"), ": tax ID ", N("83 194 502 763"), ", social security no. ",
     N("12 050887 F 034"), ". Starts at the logistics warehouse on 1 Sept.")
item("en", "Caseworker at Jobcenter Halle is Ms ", P("Richter"), ", direct line ", T("0345 7065-4127"),
     ". The general service number 0800 4 5555 00 was no help.")
item("en", "Team note: the updated list of Arabic-speaking psychotherapists in Saxony-Anhalt is on the shared "
     "drive. In emergencies the client should call 112.")
item("en", "Name: ", P("Yasmin Abdullahi"), ", DOB ", B("04/11/87"), " (as per ID), arrived 19/02/2023, "
     "Somali national.")
item("en", P("Helen Tesfay"), " is six months ", H("pregnant"), " and asked about Elterngeld and a midwife in "
     "Stendal. Her husband ", P("Dawit"), " works nights.")
item("en", "Mr ", P("Salem bin Mubarak"), " and his cousin ", P("Khalid al-Amri"), " came together; ", P("Salem"), "'s "
     "e-mail is ", E("salem.binmubarak@example.com"), ", residence permit ", N("Y8P2R5T1K"), ".")

# ---------------------------------------------------------------- Arabic (13)
item("ar", "السيدة ", P("أمل الحسن"), " تقول إن لديها أمل كبير بالحصول على إقامة دائمة. رقم هاتفها ",
     T("0162 5839107"), "، والموعد القادم في مكتب الأجانب يوم ١٢ آذار.")
item("ar", "الاسم: ", P("محمد خالد العلي"), "\nتاريخ الميلاد: ", B("١٥/٠٤/١٩٨٢"),
     "\nتاريخ الدخول إلى ألمانيا: ٢٠/٠٩/٢٠١٥\nرقم AZR: ", N("158302947316"))
item("ar", "راجعتنا السيدة ", P("رنا المصري"), ": ابنها ", P("يوسف"), " (مواليد ", B("٢٠١٥/٨/٣"), ") مصاب ب",
     H("التوحد"), " ويحتاج إلى مرافق في المدرسة. موعد مع مكتب رعاية الشباب يوم الخميس.")
item("ar", "السيدة ", P("زينب"), " والسيد ", P("حيدر جبار"), " يسكنان في ", A("Halberstädter Str. 12"), "، ",
     C("39112 Magdeburg"), "، ورقم هاتفه ", T("+49 176 20481736"), ".")
item("ar", "سؤال عام: هل يمكن تبديل رخصة القيادة السورية بألمانية؟ أحلناه إلى دائرة رخص القيادة في هاله.")
item("ar", "أرسلت ", P("نور"), " رقم حسابها ", I(iban("DE", "800537621894403117", spaced=False)),
     " إلى الجوب سنتر عبر البريد ", E("noor.k@example.net"), "، وقالت إن النور في الدرج لا يعمل منذ أسبوع.")
item("ar", "أرسلت الدكتورة ", P("شتيفاني مولر"), " تقريراً عن السيد ", P("كريم"), ": ", H("اضطراب ما بعد الصدمة"),
     " و", H("اكتئاب"), ". كانت الدكتورة كريمة بوقتها وشرحت التقرير للمترجم.")
item("ar", "رقم جواز السفر السوري ", N("N015729384"), "، رقم بطاقة الإقامة ", N("Y9K3L7T2V"),
     "، تنتهي صلاحيتها في ٣١/١٢/٢٠٢٥. صاحب الجواز: ", P("باسل حداد"), ".")
item("ar", "عائلة ", P("الخطيب"), ": رقم BG لدى الجوب سنتر ", N("07301//0061829"), "، ورقم الزبون لدى وكالة العمل ",
     N("518K302741"), ". يجب تقديم طلب الاستمرار قبل ٣٠/١١.")
item("ar", "اتصلت امرأة بخصوص عنف منزلي ولم تذكر اسمها، أعطيناها رقم خط المساعدة 116 016 ومعلومات عن بيت "
     "النساء في ماغدبورغ.")
item("ar", "السيد ", P("عباس كاظم الساعدي"), "، مواليد ", B("1/7/1975"), "، رقم البطاقة الوطنية العراقية ",
     N("198507423691"), "، يسأل عن تصديق عقد الزواج من السفارة العراقية في برلين.")
item("ar", "تواصل ", P("عبد الله بن سالم"), " مع المحامية ", P("كاترين شولتس"), " بخصوص لم شمل زوجته ", P("مريم"),
     ". بريد المحامية: ", E("k.schulz.ra@example.org"))
item("ar", "صفحة ", P("دلشاد حسو"), " على فيسبوك: ", U("facebook.com/dilshad.hesso.77"),
     " – يبيع فيها حلويات من البيت، وهذا قد يُعتبر دخلاً عند الجوب سنتر.")

# ---------------------------------------------------------------- Ukrainian (13)
item("uk", "Пані ", P("Олені Коваль"), " потрібна довідка для Jobcenter до п’ятниці. Її телефон: ",
     T("+49 1517 2093846"), ".")
item("uk", P("Тарас Бондаренко"), ", народився ", B("3 березня 1995"), " року в Харкові. В’їзд до Німеччини — "
     "14.04.2022, реєстрація в Штендалі.")
item("uk", "Розмова з ", P("Надією Петрук"), ": вона майже втратила надію знайти житло в Магдебурзі. Донька ",
     P("Софія"), " (", B("2017"), " р.н.) піде до школи у вересні.")
item("uk", "Рахунок в українському банку: ", I(iban("UA", "3052990000026007233566001")), ", власник ",
     P("Ігор Ткаченко"), ". Jobcenter просить виписку за три місяці.")
item("uk", "Син ", P("Максим"), " (нар. ", B("12.06.2014"), ") має ", H("дитячий церебральний параліч"),
     ", потрібен Integrationshelfer у школі. Мати, ", P("Людмила Гнатюк"), ", подала заяву до Sozialamt.")
item("uk", "Загальна консультація: як записатися на інтеграційний курс у Галле зі статусом за § 24. Направили до "
     "VHS, наступний курс з 3 лютого.")
item("uk", P("Анастасія Лисенко"), ": закордонний паспорт ", N("FX482910"), ", РНОКПП ", N("3281407765"),
     ". ID-картку загубила, звернеться до консульства в Берліні.")
item("uk", "Повідомлення в Telegram від ", P("Віри"), " (", T("+380 93 551 20 47"), "): «Віра в краще є, але "
     "ключі від квартири на ", A("Wolfgang-Borchert-Straße 45"), " досі не отримала».")
item("uk", "Консультантка в Jobcenter — пані ", P("Кляйн"), ", прямий номер ", T("0340 2014-556"),
     ". Пан ", P("Юрій Шевченко"), " має зателефонувати їй до середи.")
item("uk", "Нагадування: з 1 січня змінюються суми Bürgergeld; у четвер о 10:00 інформаційна зустріч для "
     "українців у Дессау.")
item("uk", "Надіслати копію Bescheid на ", E("o.savchuk@example.com"), ". Поштова адреса: ", A("Breiter Weg 201"),
     ", ", C("39104 Magdeburg"), ", отримувачка ", P("Оксана Савчук"), ".")
item("uk", P("Ірина Мельник"), " ", H("вагітна"), " (28 тиждень), шукає Hebamme в Галле. Чоловік залишився в "
     "Україні, на зв’язку через Viber.")
item("uk", "Зустріч з паном ", P("Бондаренком"), " перенесено на 5 листопада. Передати ", P("Олександрові Шевченку"),
     " копію рішення; його номер AZR ", N("163920475811"), ".")

# ---------------------------------------------------------------- Russian (13)
item("ru", "У ", P("Сергея Петрова"), " ", H("сахарный диабет 2 типа"), ", ему нужна справка для Jobcenter. "
     "Врач — доктор ", P("Шмидт"), ", Hausarzt в Шёнебеке.")
item("ru", "Клиентка ", P("Надежда Орлова"), ", дата рождения ", B("12 мая 1979"), " г., говорит, что надежды на "
     "квартиру до зимы нет. Тел.: ", T("+7 912 345-67-89"), " (российский), ", T("0170 4829163"), " (немецкий).")
item("ru", "Паспорт РФ (внутренний), серия и номер ", N("45 12 345678"), ", загранпаспорт ", N("75 4418203"),
     ". ВНЖ: карта ", N("Y3M7K2R8F"), ", действует до 14.02.2027.")
item("ru", "Общий вопрос: какие документы нужны для признания российского диплома медсестры? Направили в "
     "IQ Netzwerk и на anerkennung-in-deutschland.de.")
item("ru", "Напоминание для коллег: телефон доверия 116 016 работает и на русском. Следующая встреча группы "
     "поддержки — в среду в 17:00 в Галле.")
item("ru", P("Вильгельм Беккер"), " (поздний переселенец из Казахстана, род. ", B("03.11.1958"), ") просит помочь "
     "с пенсией. Живёт у дочери ", P("Ольги"), ": ", A("Otto-von-Guericke-Straße 87"), ", ", C("39104 Magdeburg"), ".")
item("ru", "Пишу по поводу ", P("Любови Кузнецовой"), ", её e-mail ", E("ljuba.kuz@example.net"), ". Она очень "
     "хочет работать в детском саду, говорит, что это её любовь с юности.")
item("ru", "Страница ", P("Дмитрия Соколова"), " во ВКонтакте: ", U("vk.com/dmitry.sokolov.remont"),
     " — там он предлагает ремонт квартир; для Jobcenter это может считаться доходом.")
item("ru", "Номер соцстрахования (SV-Nr.) ", N("53 080592 S 017"), ", налоговый номер (Steuer-ID) ",
     N("61958307412"), ". Работодатель — фирма в Бернбурге, начало 1 марта.")
item("ru", "У ", P("Анны"), " ", H("рассеянный склероз"), ", получила Schwerbehindertenausweis. Муж, ",
     P("Андрей Морозов"), ", спрашивает про Pflegegeld.")
item("ru", "Зарплата ", P("Олега"), " приходит на счёт ", I(iban("DE", "860555920024817630", typo=True)),
     ", но Jobcenter всё равно требует выписки.")
item("ru", "Новый адрес семьи ", P("Ким"), ": ", A("Friedrich-Naumann-Straße 5"), ", ", C("06844 Dessau-Roßlau"),
     ". Дети — ", P("Денис"), " и ", P("Алина"), ", оба в 5 классе.")
item("ru", "Чат: ", P("Рустам"), " пишет что его жена ", H("беременна"), " и им отказали в квартире на ",
     A("Hemingwaystr. 12"), ". просит перезвонить ", T("01590 1834726"), ", ответила: завтра после 10.")

# ---------------------------------------------------------------- Turkish (13)
item("tr", P("Ayşe Kaya"), " Hanım bugün oğlu ", P("Emre"), " ile geldi. ", P("Emre"), "'nin okulu Halle'de, "
     "Lehrerin ", P("Braun"), " ile görüşme 12 Mayıs'ta.")
item("tr", "Danışan ", P("Umut Demir"), " umudunu kaybetmiş; üç aydır Jobcenter'dan cevap yok. ", P("Umut"),
     "'un telefonu: ", T("0152 37481920"), ".")
item("tr", "TC kimlik no: ", N("38214567092"), ", Türkiye'deki hesap: ", I(iban("TR", "0006100519786457841326")),
     ". Hesap sahibi ", P("Mehmet Yılmaz"), "'ın babası ", P("Hüseyin Yılmaz"), ".")
item("tr", "Adı soyadı: ", P("Zeynep Arslan"), "\nDoğum tarihi: ", B("12.04.1989"), "\nAlmanya'ya giriş: "
     "03.10.2016, oturum izni 01.02.2026'ya kadar geçerli.")
item("tr", "Danışan ", P("Berivan Xelîl"), "'e ", H("travma sonrası stres bozukluğu"), " teşhisi konmuş; terapi "
     "için Kürtçe tercüman lazım.")
item("tr", P("Deniz"), " Hanım Ege'de deniz kenarında büyümüş, şimdi ", A("Kavalierstraße 52"), ", ",
     C("06844 Dessau-Roßlau"), " adresinde oturuyor.")
item("tr", "Annesi ", P("Fatma Çelik"), "'in ", H("şeker hastalığı"), " ve ", H("yüksek tansiyon"),
     " var, Pflegegrad başvurusu yapılacak.")
item("tr", "Kardeşi ", P("Murat"), " Türkiye'den arıyor: ", T("+90 532 417 82 06"), ". ", P("Murat"),
     "'la Türkçe konuşulabilir.")
item("tr", P("Serkan Öztürk"), " Bey e-posta adresini verdi: ", E("serkan.ozturk1987@example.com"),
     ", Bescheid'ı oraya gönderelim.")
item("tr", "Genel soru: Türk ehliyeti Almanya'da ne kadar süre geçerli? Magdeburg'daki ehliyet dairesine "
     "yönlendirildi.")
item("tr", "Hatırlatma: 15 Kasım'da Halle'de Türkçe bilgi günü var; Ausländerbehörde ve Jobcenter temsilcileri "
     "katılacak.")
item("tr", "Agentur für Arbeit müşteri numarası ", N("743A219806"), ", danışmanı Bay ", P("Krüger"), ". ",
     P("Krüger"), "'in dahili hattı ", T("0391 2536-1145"), ".")
item("tr", "Dr. ", P("Ahmet Kaya"), "'dan rapor geldi: ", P("Elif"), " (doğ. ", B("05.09.1996"), ") ",
     H("hamile"), ", doğum mart ayında bekleniyor. Eşi ", P("Barış"), " gece vardiyasında çalışıyor; komşularla "
     "barış içinde yaşamak için daha sessiz bir daire arıyorlar.")

# ---------------------------------------------------------------- Persian (13)
item("fa", "خانم ", P("نرگس رضایی"), " متولد ", B("۱۳۶۸/۰۵/۱۲"), " است و روز ۱۵ آبان برای تمدید اقامت به اداره‌ی "
     "اتباع خارجی در هاله می‌رود.")
item("fa", "با ", P("امید"), " صحبت کردم؛ خیلی ناامید است چون هنوز جوابی از BAMF نگرفته. شماره‌اش: ",
     T("۰۱۵۷۳ ۲۸۴۹۱۰۶"), ".")
item("fa", "دختر خانم ", P("فریبا احمدی"), "، ", P("بهار"), " (", B("۲۰۱۸/۰۳/۲۱"), ")، از بهار سال آینده به "
     "مدرسه می‌رود.")
item("fa", "آقای ", P("گل احمد احمدزی"), "، تاریخ تولد طبق تذکره: ", B("۱ حمل ۱۳۷۱"), "، شماره‌ی تذکره: ",
     N("1400-0101-23456"), ". آدرس: ", A("Leipziger Str. 80"), "، ", C("06108 Halle (Saale)"), ".")
item("fa", "آقای ", P("رضا کریمی"), " از ", H("افسردگی شدید"), " رنج می‌برد؛ نوبت روان‌درمانی در مرکز "
     "روانی-اجتماعی ماگدبورگ گرفته شد.")
item("fa", "ایمیل خانم ", P("شیرین مرادی"), ": ", E("shirin.moradi@example.com"),
     " — لطفاً نامه‌ی Jobcenter را برایش بفرستید.")
item("fa", "سؤال عمومی درباره‌ی کلاس زبان برای مادران با بچه‌ی کوچک در دسائو. به VHS و برنامه‌ی «Mama lernt "
     "Deutsch» ارجاع داده شد.")
item("fa", "یادآوری: شماره‌ی ۱۱۶ ۱۱۷ برای پزشک کشیک است، نه برای نوبت عادی. در مواقع اضطراری ۱۱۲.")
item("fa", "شماره حساب ", P("مریم حسینی"), ": ", I(iban("DE", "120300000018274950")), " (Sparkasse)، "
     "کمک‌هزینه‌ی فرزند باید به این حساب واریز شود.")
item("fa", "خانم ", P("زهرا"), " ", H("باردار"), " است (ماه ششم) و دنبال ماما در استندال می‌گردد. همسرش ",
     P("جواد نوری"), " متولد ", B("۲۲ مهر ۱۳۶۵"), " است.")
item("fa", "دکتر ", P("هوفمان"), " (متخصص قلب) برای آقای ", P("جواد"), " ", H("نارسایی قلبی"),
     " تشخیص داده است. گزارش به Jobcenter رفت.")
item("fa", "صفحه‌ی اینستاگرام ", P("سارا"), " برای خیاطی: ", U("instagram.com/sara.khayati.halle"),
     " — برای ثبت Gewerbe راهنمایی خواست.")
item("fa", "شماره کارت اقامت ", N("Y7T2K9M4P"), "، معتبر تا ۳۰/۰۶/۲۰۲۶. مددکار Jobcenter، خانم ",
     P("اشمیت"), "، شماره‌ی مستقیم: ", T("0391 540-3318"), ".")


def build():
    out = []
    counters = Counter()
    for lang, parts in ITEMS:
        counters[lang] += 1
        text, spans = "", []
        for part in parts:
            if isinstance(part, tuple):
                typ, val = part
                assert typ in TYPES, typ
                start = len(text)
                text += val
                spans.append({"start": start, "end": len(text), "type": typ, "value": val})
            else:
                text += part
        for s in spans:
            assert text[s["start"]:s["end"]] == s["value"], s
            assert s["value"] == s["value"].strip() and s["value"], s
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (a, b)
        out.append({"id": f"dev2-pii-{lang}-{counters[lang]:02d}", "lang": lang, "text": text, "spans": spans})
    return out


def validate(path):
    langs, types, empty, n = Counter(), Counter(), 0, 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            n += 1
            assert set(r) == {"id", "lang", "text", "spans"}
            langs[r["lang"]] += 1
            prev_end = -1
            for s in sorted(r["spans"], key=lambda s: s["start"]):
                assert s["type"] in TYPES
                assert 0 <= s["start"] < s["end"] <= len(r["text"])
                assert r["text"][s["start"]:s["end"]] == s["value"]
                assert s["start"] >= prev_end, ("overlap", r["id"])
                prev_end = s["end"]
                types[s["type"]] += 1
            empty += not r["spans"]
    return n, langs, types, empty


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "pii.jsonl")
    rows = build()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n, langs, types, empty = validate(path)
    print(f"{n} items, {empty} without spans")
    print("langs:", dict(langs))
    print("types:", dict(types))
