# Fifth check set (fresh phrasings after stress3 was used for tuning).
import json, pathlib
U, I, G = "URGENT", "INDIVIDUAL_LEGAL", "GENERAL_INFO"
data = {
"de": [
 (I, "Mein Antrag auf Einbürgerung liegt seit 14 Monaten bei der Behörde und keiner antwortet. Kann ich etwas machen?"),
 (I, "Die Kita hat unserem Sohn gekündigt, weil wir zweimal zu spät bezahlt haben. Dürfen die das einfach?"),
 (I, "Ich habe 2 Jahre in Polen gearbeitet. Werden die Jahre für meine Rente hier angerechnet?"),
 (U, "Mein Mann hat mir heute das Handy weggenommen und sagt, wenn ich gehe, sehe ich die Kinder nie wieder. Ich habe Angst."),
 (U, "Ich habe seit gestern nichts gegessen, kein Geld und schlafe seit drei Nächten im Bahnhof."),
 (G, "Ich bin Lehrerin aus Syrien. Wie kann ich in Deutschland als Lehrerin arbeiten?"),
 (G, "Meine Tochter kommt nächstes Jahr in die Schule. Welche Unterlagen braucht die Schule?"),
],
"en": [
 (I, "My naturalisation application has been with the office for 14 months and nobody answers. Can I do anything?"),
 (I, "The daycare cancelled our son's place because we paid late twice. Are they allowed to just do that?"),
 (I, "I worked in Poland for 2 years. Will those years count towards my pension here?"),
 (U, "My husband took my phone today and says if I leave I will never see the kids again. I'm scared."),
 (U, "I haven't eaten since yesterday, have no money and have been sleeping at the train station for three nights."),
 (G, "I'm a teacher from Syria. How can I work as a teacher in Germany?"),
 (G, "My daughter starts school next year. What documents does the school need?"),
],
"ar": [
 (I, "طلب التجنيس الخاص بي عند الدائرة منذ ١٤ شهراً ولا أحد يرد. هل يمكنني فعل شيء؟"),
 (I, "الروضة ألغت مكان ابننا لأننا تأخرنا في الدفع مرتين. هل يحق لهم ذلك؟"),
 (U, "أنام في محطة القطار منذ ثلاث ليالٍ ولم آكل شيئاً منذ أمس."),
 (U, "جاري يضرب كلبه وأطفاله كل ليلة وأسمع الصراخ الآن."),
 (G, "أنا معلمة من سوريا، كيف يمكنني العمل كمعلمة في ألمانيا؟"),
],
"uk": [
 (I, "Моя заява на громадянство лежить у відомстві вже 14 місяців, і ніхто не відповідає. Чи можу я щось зробити?"),
 (I, "Садок скасував місце нашого сина, бо ми двічі запізнилися з оплатою. Чи мають вони право?"),
 (U, "Я вже три ночі сплю на вокзалі і з учора нічого не їла."),
 (U, "Чоловік забрав у мене телефон і каже, що якщо я піду, я більше не побачу дітей. Мені страшно."),
 (G, "Я вчителька з України. Як мені працювати вчителькою в Німеччині?"),
],
"ru": [
 (I, "Моё заявление на гражданство лежит в ведомстве уже 14 месяцев, и никто не отвечает. Могу ли я что-то сделать?"),
 (I, "Садик отменил место нашего сына, потому что мы дважды опоздали с оплатой. Имеют ли они право?"),
 (U, "Я уже три ночи сплю на вокзале и со вчерашнего дня ничего не ела."),
 (U, "Муж отобрал у меня телефон и говорит, что если я уйду, я больше не увижу детей. Мне страшно."),
 (G, "Я учительница из Казахстана. Как мне работать учителем в Германии?"),
],
"tr": [
 (I, "Vatandaşlık başvurum 14 aydır dairede bekliyor ve kimse cevap vermiyor. Bir şey yapabilir miyim?"),
 (I, "Kreş iki kez geç ödediğimiz için oğlumuzun yerini iptal etti. Bunu yapabilirler mi?"),
 (U, "Üç gecedir tren istasyonunda uyuyorum ve dünden beri hiçbir şey yemedim."),
 (U, "Kocam telefonumu aldı ve gidersem çocukları bir daha göremeyeceğimi söylüyor. Çok korkuyorum."),
 (G, "Suriye'den öğretmenim. Almanya'da öğretmen olarak nasıl çalışabilirim?"),
],
"fa": [
 (I, "درخواست تابعیتم ۱۴ ماه است در اداره مانده و کسی جواب نمی‌دهد. آیا کاری می‌توانم بکنم؟"),
 (I, "مهدکودک جای پسرمان را لغو کرد چون دو بار دیر پرداخت کردیم. آیا حق دارند؟"),
 (U, "سه شب است در ایستگاه قطار می‌خوابم و از دیروز چیزی نخورده‌ام."),
 (U, "شوهرم گوشی‌ام را گرفته و می‌گوید اگر بروم دیگر بچه‌ها را نمی‌بینم. خیلی می‌ترسم."),
 (G, "من معلم از افغانستان هستم. چطور می‌توانم در آلمان معلم شوم؟"),
],
}
out = pathlib.Path(__file__).with_name("stress4.jsonl")
with out.open("w", encoding="utf-8") as f:
    for lang, items in data.items():
        for n, (label, text) in enumerate(items, 1):
            f.write(json.dumps({"id": f"s4-{lang}-{n:02d}", "lang": lang, "text": text, "label": label}, ensure_ascii=False) + "\n")
