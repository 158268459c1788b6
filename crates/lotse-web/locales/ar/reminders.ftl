# E-mail reminder for an appointment (plain text)

reminder-subject = تذكير: موعدك يوم { $date } الساعة { $time }
reminder-body =
    مرحبًا،

    نذكّرك بموعدك: { $kind }
    متى: { $date } الساعة { $time } (بتوقيت ألمانيا)، لمدة { $minutes } دقيقة
    { $where }

    إذا لم تستطع الحضور، يُرجى إبلاغ المستشار أو المستشارة.

    أُرسلت هذه الرسالة تلقائيًا من Lotse. تصلك لأنك وافقت على التواصل معك عبر البريد الإلكتروني.
reminder-where-in_person = المكان: { $place }
reminder-where-video = غرفة الفيديو: { $link }
reminder-where-phone = سيتصل بك المستشار أو المستشارة.
