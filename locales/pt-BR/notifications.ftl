## Notifications: the list, the navigation's count, the preferences on the account page,
## following an action item, the emails, the morning digest, and the administrators' page of
## undelivered emails.

notifications-title = Notificações
notifications-help = O que diz respeito a você e à sua organização, das mais recentes para as mais antigas. Cada notificação também chega por e-mail, a menos que você tenha escolhido outra opção.
notifications-preferences-link = Escolher o que chega por e-mail
notifications-none = Nada por enquanto. Você será avisado aqui quando um item for atribuído a você, quando chegar um encaminhamento de fronteira ou um pedido de resgate para o seu país, ou quando uma ata for enviada para comentários.
notifications-unread = Nova
notifications-open = Abrir
notifications-mark-read = Marcar como lida
notifications-mark-all-read = Marcar todas como lidas
notifications-link = Ir para o registro sem marcar a notificação como lida
# In Portuguese 0 counts as "one": [0] keeps the plural.
notifications-all-read =
    { $count ->
        [0] Não havia nenhuma notificação não lida.
        [one] Uma notificação marcada como lida.
        [many] { $count } de notificações marcadas como lidas.
       *[other] { $count } notificações marcadas como lidas.
    }
notifications-unreadable = Uma notificação que esta versão do Liaison não consegue ler.

## The kinds, as the list and the preferences name them.
notifications-kind-unknown = Outro tipo de notificação
notifications-kind-item-assigned = Um item de ação é atribuído à minha organização ou a mim
notifications-kind-item-status = Um item de ação que sigo muda de situação
notifications-kind-item-comment = Alguém comenta um item de ação que sigo
notifications-kind-referral-filed = Um encaminhamento de fronteira é registrado para o meu país
notifications-kind-referral-escalated = O recebimento de um encaminhamento de fronteira não é confirmado no prazo (escalonamento)
notifications-kind-referral-acknowledged = Uma embaixada confirma o recebimento de um encaminhamento de fronteira que registrei
notifications-kind-rescue-filed = Um pedido de resgate é registrado para o meu país
notifications-kind-rescue-moved = Um pedido de resgate para o meu país muda de situação
notifications-kind-minutes-circulated = A ata de uma reunião da qual minha organização participa é enviada para comentários
notifications-kind-minutes-approved = A ata de uma reunião da qual minha organização participa é aprovada
notifications-kind-digest = Todas as manhãs, às 08:00: os itens da minha organização em atraso ou com prazo nos próximos dois dias

## What happened. Only references and codes: never a person's details.
notifications-item-assigned = { $reference } foi atribuído a { $org } por { $by }.
notifications-item-assigned-to-you = { $reference } foi atribuído a você por { $by }.
notifications-item-status = { $reference } agora está { $status } ({ $by }).
notifications-item-comment = { $by } fez um comentário em { $reference }.
notifications-referral-filed = O encaminhamento de fronteira { $reference } foi registrado para o seu país por { $by }. Confirme o recebimento.
notifications-referral-acknowledged = { $by } confirmou o recebimento do encaminhamento de fronteira { $reference }.
notifications-referral-flagged = O prazo do encaminhamento de fronteira { $reference } venceu sem confirmação de recebimento. Confirme o recebimento agora.
notifications-referral-escalated = O recebimento do encaminhamento de fronteira { $reference } ainda não foi confirmado e o dobro do prazo já venceu: ele está no quadro de escalonamento dos coordenadores.
notifications-referral-estimate-passed = A previsão dada pela embaixada para o encaminhamento de fronteira { $reference } venceu sem desfecho.
notifications-rescue-filed = O pedido de resgate { $reference } foi registrado para o seu país por { $by }.
notifications-rescue-moved = A situação do pedido de resgate { $reference } agora é “{ $status }” ({ $by }).
notifications-minutes-circulated = A ata da reunião “{ $meeting }” foi enviada para comentários.
notifications-minutes-approved = A ata da reunião “{ $meeting }” foi aprovada.
# In Portuguese 0 counts as "one": [0] says "nenhum".
notifications-digest =
    { $org }: { $overdue ->
        [0] nenhum item em atraso
        [one] um item em atraso
        [many] { $overdue } de itens em atraso
       *[other] { $overdue } itens em atraso
    }, { $soon ->
        [0] nenhum com prazo nos próximos dois dias
        [one] um com prazo nos próximos dois dias
       *[other] { $soon } com prazo nos próximos dois dias
    }.
notifications-digest-line-overdue = { $reference }: em atraso desde { $date } ({ $status })
notifications-digest-line-due = { $reference }: prazo em { $date } ({ $status })
notifications-digest-more =
    { $count ->
        [one] …e mais um.
       *[other] …e mais { $count }.
    }

## Emails.
notifications-email-subject = Liaison: { $what }
notifications-email-open = Abra no Liaison:
notifications-email-footer-account = Você recebe este e-mail por causa das suas configurações de notificação no Liaison. Para escolher o que chega por e-mail:
notifications-email-footer-duty = Você recebe este e-mail como ponto de contato de { $org } no diretório 24 horas do Liaison.

## Preferences, on the account page.
notifications-preferences-heading = Notificações
notifications-preferences-legend = Também por e-mail (você sempre é avisado no portal)
notifications-preferences-escalations = Os escalonamentos de encaminhamentos de fronteira sempre chegam também por e-mail: há alguém esperando em uma fronteira.
notifications-preferences-save = Salvar as configurações de notificação
notifications-preferences-saved = Suas configurações de notificação foram salvas.

## Following an action item.
notifications-follow = Seguir
notifications-unfollow = Deixar de seguir
notifications-follow-help = Seja avisado dos comentários e das mudanças de situação deste item.
notifications-following-help = Você é avisado dos comentários e das mudanças de situação deste item.
notifications-following = Você está seguindo { $reference }.
notifications-not-following = Você deixou de seguir { $reference }.

## Administrators: emails that did not go.
notifications-admin-title = E-mails não entregues
notifications-admin-help = E-mails que falharam após a última tentativa ou que nunca foram enviados porque nenhum servidor SMTP está configurado. Depois de corrigir a causa, reenvie cada um.
# In Portuguese 0 counts as "one": [0] keeps its own sentence.
notifications-admin-waiting =
    { $count ->
        [0] Nenhum e-mail aguarda envio.
        [one] Um e-mail aguarda a próxima tentativa.
        [many] { $count } de e-mails aguardam a próxima tentativa.
       *[other] { $count } e-mails aguardam a próxima tentativa.
    }
notifications-admin-none = Todos os e-mails foram enviados.
notifications-admin-col-queued = Entrada na fila
notifications-admin-col-recipient = Para
notifications-admin-col-subject = Assunto
notifications-admin-col-reason = Por que não foi enviado
notifications-admin-col-actions = Ações
notifications-admin-never-sent = Não enviado: nenhum servidor SMTP está configurado.
notifications-admin-failed =
    { $count ->
        [one] Falhou após uma tentativa:
        [many] Falhou após { $count } de tentativas:
       *[other] Falhou após { $count } tentativas:
    }
notifications-admin-retry = Reenviar
notifications-admin-retried = O e-mail para { $recipient } será enviado novamente.

## The escalation board.
notifications-board-undelivered = E-mails de escalonamento que não puderam ser entregues
notifications-board-undelivered-help = Os pontos de contato abaixo não foram alcançados por e-mail. Ligue para eles.
notifications-board-undelivered-to = para { $recipient }
notifications-board-undelivered-admin = Ver os e-mails não entregues
