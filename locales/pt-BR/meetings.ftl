# Reuniões: a pauta, a presença, a ata, as decisões e os calendários.

meetings-new = Nova reunião
meetings-create = Criar a reunião
meetings-save = Salvar a reunião
meetings-cancel = Cancelar
meetings-edit = Editar a reunião
meetings-edit-title = Editar “{ $title }”
meetings-created = Reunião “{ $title }” criada.
meetings-saved = Reunião “{ $title }” salva.
meetings-form-has-errors = Alguns campos precisam da sua atenção; o que você digitou foi mantido.
meetings-conflict-heading = Outra pessoa alterou esta reunião
meetings-conflict-text = Enquanto você editava, outra pessoa salvou a reunião (agora na versão { $version }). Ela está assim agora:
meetings-conflict-kept = Suas alterações continuam no formulário abaixo; ao salvá-las, você substitui a versão acima.
meetings-conflict-discard = Descartar suas alterações e ver a reunião como está agora.

meetings-when-label = Quais reuniões
meetings-upcoming = Próximas
meetings-past = Reuniões anteriores
# In Portuguese 0 counts as "one": [0] keeps the plural.
meetings-count = { $count ->
    [0] { $count } reuniões
    [one] Uma reunião
    [many] { $count } de reuniões
   *[other] { $count } reuniões
}
meetings-count-more = Mais de { $count } reuniões
meetings-none-upcoming = Não há reuniões previstas.
meetings-none-past = Não há reuniões anteriores.
meetings-col-when = Quando
meetings-col-title = Título
meetings-col-place = Local
meetings-col-participants = Participantes
meetings-col-minutes = Ata
meetings-yours = Sua organização
meetings-online = On-line
meetings-place-none = Não definido
meetings-participant-count = { $count ->
    [0] { $count } organizações
    [one] Uma organização
    [many] { $count } de organizações
   *[other] { $count } organizações
}

meetings-starts = Início
meetings-ends = Término
meetings-ended = Encerrada
meetings-time-zone = Fuso horário destes horários
meetings-time-zone-help = Os horários são informados neste fuso; cada pessoa os vê no seu próprio fuso.
meetings-video-url = Link da videoconferência
meetings-chair = Presidência
meetings-chair-help = Nome e cargo de quem preside a reunião.
meetings-chair-none = Não informada
meetings-participants-legend = Organizações participantes
meetings-title-missing = Informe o título da reunião.
meetings-starts-missing = Informe quando a reunião começa.
meetings-ends-missing = Informe quando a reunião termina.
meetings-time-format = Informe uma data e um horário como 2026-12-15 10:00.
meetings-time-skipped = Este horário não existe neste fuso horário (é o momento da mudança de hora).
meetings-ends-before-start = A reunião deve terminar depois de começar.
meetings-too-long = Uma reunião dura no máximo sete dias.
meetings-video-url-invalid = Informe um endereço da web que comece com https://.
meetings-participants-missing = Escolha pelo menos uma organização participante.
meetings-participants-unknown = { $count ->
    [one] { $codes } não é uma organização ativa.
    [many] { $codes } não são organizações ativas.
   *[other] { $codes } não são organizações ativas.
}

meetings-agenda = Pauta
meetings-agenda-help = Uma linha por item, na ordem da reunião. Deixe uma linha em branco para removê-la; salve e edite novamente para ter mais linhas.
meetings-agenda-row-title = Item { $row }
meetings-agenda-presenter = Apresentado por
meetings-agenda-presenter-none = Ninguém em particular
meetings-agenda-minutes = Duração prevista (minutos)
meetings-agenda-notes = Observações
meetings-agenda-row-wrong = Item { $row } da pauta: { $problem }
meetings-agenda-title-missing = informe o título.
meetings-agenda-minutes-invalid = a duração prevista deve ser um número de 1 a 600 minutos.
meetings-agenda-presenter-not-participant = { $code } não participa da reunião.
meetings-agenda-too-long = Uma pauta tem no máximo { $max } itens.
meetings-agenda-empty = Ainda não há pauta.
meetings-agenda-presented-by = apresentado por { $org }
meetings-agenda-planned = { $minutes ->
    [0] { $minutes } minutos
    [one] um minuto
    [many] { $minutes } de minutos
   *[other] { $minutes } minutos
}

meetings-local-time = No fuso horário da reunião
meetings-local-time-value = { $time } ({ $zone })
meetings-open-minutes = Ata e decisões
meetings-add-to-calendar = Adicionar ao meu calendário (.ics)
meetings-record-attendance = Registrar a presença
meetings-back-to-meeting = Voltar à reunião
meetings-back-to-minutes = Voltar à ata

meetings-participants-heading = Participantes e presença
meetings-present-summary = { $orgs } de { $total } organizações presentes, com { $people ->
    [0] { $people } pessoas
    [one] uma pessoa
    [many] { $people } de pessoas
   *[other] { $people } pessoas
}.
meetings-attendance-not-recorded = A presença ainda não foi registrada.
meetings-col-organisation = Organização
meetings-col-attendance = Presença
meetings-col-people = Quem compareceu
meetings-attendance-unrecorded = Não registrada
meetings-attendance-present = Presente
meetings-attendance-absent = Ausente
meetings-attendance-excused = Ausência justificada
meetings-attendance-unknown = Escolha presente, ausente ou ausência justificada.
meetings-attendance-title = Presença: { $title }
meetings-attendance-help = Para cada organização, indique se compareceu e quem compareceu: marque as contas ou digite os nomes.
meetings-attendance-accounts = Contas de { $org }
meetings-attendance-people = Outras pessoas que compareceram
meetings-attendance-people-help = Uma pessoa por linha, no formato “Nome, cargo”.
meetings-attendance-save = Salvar a presença
meetings-attendance-saved = Presença salva.
meetings-attendance-conflict = Outra pessoa registrou a presença enquanto você trabalhava; o que você informou continua no formulário e, ao salvar, você substitui o registro dela.
meetings-attendance-absent-with-people = { $org } consta como ausente ou com ausência justificada, mas há pessoas listadas.
meetings-attendee-wrong = { $org }: { $problem }
meetings-attendee-name-missing = Cada linha precisa de um nome antes da vírgula.
meetings-attendees-too-many = { $org }: no máximo { $max } pessoas.
meetings-attendee-account-unknown = Uma das contas marcadas não pertence a uma organização participante.

meetings-carried-over = Pendências de reuniões anteriores
meetings-carried-over-help = Itens de ação ainda abertos, decorrentes das decisões de reuniões anteriores com as mesmas organizações.
meetings-carried-over-none = Não há pendências de reuniões anteriores.
meetings-carried-over-more = { $count ->
    [one] É exibido { $count } item de ação, o de prazo mais próximo; os demais aparecerão quando ele for concluído.
   *[other] São exibidos os { $count } itens de ação com prazo mais próximo; os demais aparecerão à medida que estes forem concluídos.
}
meetings-col-item = Item de ação
meetings-col-owed-by = A cargo de
meetings-col-due = Prazo
meetings-col-status = Situação
meetings-col-decision = Decisão
meetings-decision-of = Decisão { $number } de “{ $meeting }”
meetings-overdue = em atraso

meetings-minutes-title = Ata: { $title }
meetings-minutes = Ata
meetings-minutes-state-draft = Rascunho
meetings-minutes-state-circulated = Enviada para comentários
meetings-minutes-state-approved = Aprovada
meetings-minutes-state-unknown = Escolha uma situação da ata.
meetings-minutes-empty = Nada escrito ainda.
meetings-minutes-edit = Editar a ata
meetings-minutes-help = Markdown: **negrito**, listas com “-”, links. Imagens e scripts são removidos.
meetings-minutes-save = Salvar a ata
meetings-minutes-saved = Ata salva.
meetings-minutes-circulate = Enviar para comentários
meetings-minutes-circulated = A ata foi enviada para comentários: os participantes podem comentá-la ao lado do texto.
meetings-minutes-approve = Aprovar a ata
meetings-minutes-approve-help = Depois de aprovada, a ata fica bloqueada com as suas decisões; as correções são acrescentadas como adendos.
meetings-minutes-approved = A ata foi aprovada e bloqueada.
meetings-minutes-locked = Esta ata está aprovada e bloqueada; nada foi alterado. Uma correção é acrescentada como adendo.
meetings-minutes-stale = Outra pessoa alterou a ata enquanto você trabalhava; nada foi salvo. O que você digitou continua no editor, abaixo do texto atual.
meetings-draft-help = Rascunho, ainda em redação pelos coordenadores; antes de ser aprovada, a ata é enviada para comentários dos participantes.
meetings-circulated-help = Enviada para comentários: os participantes podem comentar abaixo antes que um coordenador a aprove.
meetings-approved-by = Aprovada por { $name } em { $time }.
meetings-approved-at = Aprovada em { $time }.
meetings-approved-locked = A ata está bloqueada.
meetings-print = Imprimir o registro da reunião

meetings-decisions = Decisões
meetings-decisions-none = Nenhuma decisão registrada.
meetings-decision-number = Decisão { $number }
meetings-decision-new = Registrar uma decisão
meetings-decision-help = Como foi acordada, em uma ou duas frases (Markdown).
meetings-decision-record = Registrar a decisão
meetings-decision-recorded = Decisão { $number } registrada.
meetings-decision-missing = Informe a decisão.
meetings-decision-make-item = Criar um item de ação a partir desta decisão
meetings-decision-reword = Reformular a decisão
meetings-decision-save = Salvar a redação
meetings-decision-reworded = Decisão { $number } reformulada.
meetings-progress = Concluídos: { $done } de { $total }
meetings-progress-overdue = Concluídos: { $done } de { $total }; em atraso: { $overdue }
meetings-progress-none = Ainda não há itens de ação.

meetings-comments = Comentários
meetings-comments-none = Nenhum comentário.
meetings-comment-label = Seu comentário sobre a ata
meetings-comment-add = Adicionar o comentário
meetings-comment-added = Comentário adicionado.
meetings-comment-missing = Escreva seu comentário.
meetings-comments-closed = Só é possível comentar enquanto a ata está enviada para comentários; nada foi adicionado.
meetings-comments-after-circulation = Os participantes poderão comentar quando a ata for enviada para comentários.
meetings-comments-closed-approved = A ata foi aprovada; os comentários estão encerrados.

meetings-addenda = Adendos
meetings-addenda-none = Nenhum adendo.
meetings-addendum-label = Adicionar um adendo
meetings-addendum-help = Uma correção à ata aprovada, datada e assinada com o seu nome.
meetings-addendum-add = Adicionar o adendo
meetings-addendum-added = Adendo adicionado.
meetings-addendum-missing = Escreva o adendo.
meetings-addendum-before-approval = Os adendos corrigem atas aprovadas; esta ainda não foi aprovada, então edite-a diretamente.
meetings-addendum-signed = Adendo de { $name } ({ $org }), { $time }

meetings-print-help = Use o comando de impressão do seu navegador; o registro cabe em uma folha A4.
meetings-print-chair = Presidida por { $chair }
meetings-print-printed = Impresso em { $date }.

meetings-ics-local-times = { $starts } – { $ends } ({ $zone })
meetings-ics-chair = Presidência: { $chair }
meetings-ics-video = Link da videoconferência: { $url }
meetings-feed-name = Reuniões do Liaison
meetings-feed-heading = Feed de calendário
meetings-feed-help = Um endereço privado que o seu aplicativo de calendário pode assinar, com todas as reuniões que você pode ver. Qualquer pessoa que tenha o endereço pode ler as suas reuniões; por isso, não o compartilhe.
meetings-feed-new = O novo endereço do seu feed de calendário
meetings-feed-url = Endereço do feed
meetings-feed-shown-once = Copie-o agora: ele só é exibido esta vez. Se você criar um novo, este deixa de funcionar.
meetings-feed-made-at = Você tem um endereço de feed, criado em { $time }.
meetings-feed-none = Você não tem um endereço de feed.
meetings-feed-make = Criar um endereço de feed
meetings-feed-replace = Criar um novo endereço (desativa o antigo)
meetings-feed-revoke = Revogar o endereço
meetings-feed-revoked = O endereço do seu feed de calendário não funciona mais.

meetings-dashboard-next = Próxima:
meetings-dashboard-none = Nenhuma reunião prevista.
meetings-dashboard-overdue-heading = Decisões com itens de ação em atraso
meetings-dashboard-overdue-count = { $count ->
    [0] { $count } em atraso
    [one] um em atraso
   *[other] { $count } em atraso
}
