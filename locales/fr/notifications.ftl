## Notifications: the list, the navigation's count, the preferences on the account page,
## following an action item, the emails, the morning digest, and the administrators' page of
## undelivered emails.

notifications-title = Notifications
notifications-help = Ce qui vous concerne, vous et votre organisation, du plus récent au plus ancien. Chaque notification vous est aussi envoyée par courriel, sauf si vous en avez décidé autrement.
notifications-preferences-link = Choisir ce qui est envoyé par courriel
notifications-none = Rien pour le moment. Une notification apparaîtra ici lorsqu'un point d'action vous sera attribué, lorsqu'un signalement ou une demande de sauvetage concernant votre pays arrivera, ou lorsqu'un procès-verbal sera diffusé.
notifications-unread = Nouvelle
notifications-open = Ouvrir
notifications-mark-read = Marquer comme lue
notifications-mark-all-read = Tout marquer comme lu
notifications-link = Aller à l'élément sans marquer la notification comme lue
notifications-all-read =
    { $count ->
        [0] Il n'y avait aucune notification non lue.
        [one] Une notification marquée comme lue.
        [many] { $count } de notifications marquées comme lues.
       *[other] { $count } notifications marquées comme lues.
    }
notifications-unreadable = Une notification que cette version de Liaison ne sait pas lire.

## The kinds, as the list and the preferences name them.
notifications-kind-unknown = Autre type de notification
notifications-kind-item-assigned = Un point d'action est attribué à mon organisation ou à moi
notifications-kind-item-status = Un point d'action que je suis change de statut
notifications-kind-item-comment = Quelqu'un commente un point d'action que je suis
notifications-kind-referral-filed = Un signalement frontalier est déposé pour mon pays
notifications-kind-referral-escalated = Un signalement frontalier ne reçoit pas d'accusé de réception dans le délai (remontée aux coordinateurs)
notifications-kind-referral-acknowledged = Une ambassade accuse réception d'un signalement frontalier que j'ai déposé
notifications-kind-rescue-filed = Une demande de sauvetage est déposée pour mon pays
notifications-kind-rescue-moved = Une demande de sauvetage pour mon pays change de statut
notifications-kind-minutes-circulated = Le procès-verbal d'une réunion à laquelle mon organisation participe est diffusé pour commentaires
notifications-kind-minutes-approved = Le procès-verbal d'une réunion à laquelle mon organisation participe est approuvé
notifications-kind-digest = Chaque matin à 8 h 00 : les points d'action de mon organisation en retard ou arrivant à échéance dans les deux jours

## What happened. Only references and codes: never a person's details.
notifications-item-assigned = { $reference } a été attribué à { $org } par { $by }.
notifications-item-assigned-to-you = { $reference } vous a été attribué par { $by }.
notifications-item-status = { $reference } est maintenant { $status } ({ $by }).
notifications-item-comment = { $by } a commenté { $reference }.
notifications-referral-filed = Le signalement frontalier { $reference } a été déposé pour votre pays par { $by }. Veuillez en accuser réception.
notifications-referral-acknowledged = { $by } a accusé réception du signalement frontalier { $reference }.
notifications-referral-flagged = Le signalement frontalier { $reference } n'a pas reçu d'accusé de réception à l'échéance. Veuillez en accuser réception dès maintenant.
notifications-referral-escalated = Le signalement frontalier { $reference } n'a toujours pas reçu d'accusé de réception au double de son délai : il est inscrit au tableau des remontées des coordinateurs.
notifications-referral-estimate-passed = Le délai annoncé par l'ambassade pour le signalement frontalier { $reference } est dépassé sans issue.
notifications-rescue-filed = La demande de sauvetage { $reference } a été déposée pour votre pays par { $by }.
notifications-rescue-moved = La demande de sauvetage { $reference } est maintenant au statut « { $status } » ({ $by }).
notifications-minutes-circulated = Le procès-verbal de la réunion « { $meeting } » a été diffusé pour commentaires.
notifications-minutes-approved = Le procès-verbal de la réunion « { $meeting } » a été approuvé.
notifications-digest =
    { $org } : { $overdue ->
        [0] aucun point d'action en retard
        [one] un point d'action en retard
        [many] { $overdue } de points d'action en retard
       *[other] { $overdue } points d'action en retard
    }, { $soon ->
        [0] aucun à échéance dans les deux jours
        [one] un à échéance dans les deux jours
       *[other] { $soon } à échéance dans les deux jours
    }.
notifications-digest-line-overdue = { $reference } : en retard depuis le { $date } ({ $status })
notifications-digest-line-due = { $reference } : échéance le { $date } ({ $status })
notifications-digest-more =
    { $count ->
        [one] …et un autre.
       *[other] …et { $count } autres.
    }

## Emails.
notifications-email-subject = Liaison : { $what }
notifications-email-open = À consulter dans Liaison :
notifications-email-footer-account = Vous recevez ce courriel en raison de vos paramètres de notification dans Liaison. Pour choisir ce qui vous est envoyé par courriel :
notifications-email-footer-duty = Vous recevez ce courriel en tant que point de contact de { $org } dans l'annuaire 24 h/24, 7 j/7 de Liaison.

## Preferences, on the account page.
notifications-preferences-heading = Notifications
notifications-preferences-legend = Aussi par courriel (les notifications apparaissent toujours dans le portail)
notifications-preferences-escalations = Les remontées de signalements frontaliers sont toujours envoyées aussi par courriel : quelqu'un attend à une frontière.
notifications-preferences-save = Enregistrer les paramètres de notification
notifications-preferences-saved = Vos paramètres de notification sont enregistrés.

## Following an action item.
notifications-follow = Suivre
notifications-unfollow = Ne plus suivre
notifications-follow-help = Recevoir une notification pour ses commentaires et ses changements de statut.
notifications-following-help = Vous recevez une notification pour ses commentaires et ses changements de statut.
notifications-following = Vous suivez { $reference }.
notifications-not-following = Vous ne suivez plus { $reference }.

## Administrators: emails that did not go.
notifications-admin-title = Courriels non distribués
notifications-admin-help = Courriels dont la dernière tentative d'envoi a échoué, ou qui n'ont jamais été envoyés faute de serveur SMTP configuré. Renvoyez-les une fois la cause corrigée.
notifications-admin-waiting =
    { $count ->
        [0] Aucun courriel n'est en attente d'envoi.
        [one] Un courriel attend sa prochaine tentative d'envoi.
        [many] { $count } de courriels attendent leur prochaine tentative d'envoi.
       *[other] { $count } courriels attendent leur prochaine tentative d'envoi.
    }
notifications-admin-none = Tous les courriels ont été envoyés.
notifications-admin-col-queued = Mis en file d'attente
notifications-admin-col-recipient = Destinataire
notifications-admin-col-subject = Objet
notifications-admin-col-reason = Motif de l'échec
notifications-admin-col-actions = Actions
notifications-admin-never-sent = Non envoyé : aucun serveur SMTP n'est configuré.
notifications-admin-failed =
    { $count ->
        [one] Échec après { $count } tentative :
       *[other] Échec après { $count } tentatives :
    }
notifications-admin-retry = Renvoyer
notifications-admin-retried = Le courriel destiné à { $recipient } sera renvoyé.

## The escalation board.
notifications-board-undelivered = Courriels de remontée qui n'ont pas pu être distribués
notifications-board-undelivered-help = Les points de contact ci-dessous n'ont pas pu être joints par courriel. Appelez-les.
notifications-board-undelivered-to = à { $recipient }
notifications-board-undelivered-admin = Voir les courriels non distribués
