# Contact points: the directory, one contact, the form, on duty now, the duty rota.

contacts-reach-absent = ausente hoje
contacts-reach-on-call = de plantão agora
contacts-reach-available = disponível agora
contacts-reach-unavailable = indisponível agora
contacts-confirmed = Confirmado em { $date }
contacts-confirmed-by = Confirmado em { $date } por { $name }
contacts-stale-warning = desatualizado: verifique antes de confiar nestes dados
contacts-freshness-heading = Pontos de contato de { $org }
contacts-freshness-none = Ainda não há pontos de contato: ninguém consegue encontrar { $org } na página “Para quem ligar agora”.
# In Portuguese 0 counts as "one": [0] keeps the plural.
contacts-freshness-entries = { $count ->
    [0] { $count } registros
    [one] { $count } registro
    [many] { $count } de registros
   *[other] { $count } registros
}
contacts-freshness-stale = { $count ->
    [0] { $count } desatualizados (sem confirmação há { $days } dias)
    [one] { $count } desatualizado (sem confirmação há { $days } dias)
   *[other] { $count } desatualizados (sem confirmação há { $days } dias)
}
contacts-freshness-all-confirmed = todos confirmados nos últimos { $days } dias
contacts-freshness-the-stale = os desatualizados
contacts-duty-rota = Escala de plantão
contacts-add = Adicionar um contato
# Between the items of a list (the days of someone's hours, the languages they speak): a comma
# and a space in English. Quoted so that the space is kept; use your language's separator.
contacts-list-separator = { ", " }

## The directory (/contacts)

contacts-directory-title = Pontos de contato
contacts-on-duty-title = Para quem ligar agora
contacts-filters = Filtros
contacts-organisation = Organização
contacts-filter-all-orgs = Todas as organizações
contacts-filter-language = Idioma falado
contacts-filter-any-language = Qualquer idioma
contacts-filter-available = Somente os disponíveis agora
contacts-filter-stale = Somente registros sem confirmação há { $days } dias
contacts-filter-submit = Filtrar
contacts-count = { $count ->
    [0] { $count } contatos
    [one] { $count } contato
    [many] { $count } de contatos
   *[other] { $count } contatos
}
# $org is an organisation's code, such as BRA.
contacts-download-org-vcards = Baixar os contatos de { $org } em vCard
contacts-none-match = Nenhum ponto de contato corresponde a estes filtros.
contacts-name = Nome
contacts-position = Cargo
contacts-phone = Telefone
contacts-email = E-mail
contacts-languages = Idiomas
contacts-now = Agora
contacts-confirmed-label = Confirmado
contacts-call-order = Ordem de chamada
contacts-reachable = Disponibilidade
# 1 = the first to call, 2 = the next if they do not answer, …
contacts-call-order-value = ordem de chamada { $order }
# Who last confirmed that an entry is correct.
contacts-confirmed-by-name = por { $name }
contacts-stale = desatualizado

## Hours and local times

contacts-hours-always = 24 horas, todos os dias
contacts-hours-none = Nenhum horário definido
# $days is a day or a range of days, $start and $end are times: "Mon–Fri 09:00–17:00".
contacts-hours-window = { $days } { $start }–{ $end }
# The same for hours that run past midnight: "Sat 22:00–06:00 (next day)".
contacts-hours-window-overnight = { $days } { $start }–{ $end } (dia seguinte)
# Consecutive days with the same hours: "Mon–Fri".
contacts-hours-day-range = { $first }–{ $last }
# $hours is the description above, $zone a time zone such as Asia/Bangkok.
contacts-hours-in-zone = { $hours } ({ $zone })
# $time is a weekday, date, time and offset, $zone a time zone: "Sat, 28 Nov, 23:15 GMT+7 (Asia/Bangkok)".
contacts-local-time = { $time } ({ $zone })
contacts-day-short-mon = seg.
contacts-day-short-tue = ter.
contacts-day-short-wed = qua.
contacts-day-short-thu = qui.
contacts-day-short-fri = sex.
contacts-day-short-sat = sáb.
contacts-day-short-sun = dom.
# Full names: shown as row headers of the weekly hours, and at the start of messages.
contacts-day-mon = Segunda-feira
contacts-day-tue = Terça-feira
contacts-day-wed = Quarta-feira
contacts-day-thu = Quinta-feira
contacts-day-fri = Sexta-feira
contacts-day-sat = Sábado
contacts-day-sun = Domingo

## One contact (/contacts/…)

contacts-not-confirmed-since = Sem confirmação desde { $date }: estes dados podem estar desatualizados.
contacts-languages-not-given = não informados
# $time is the time now where the contact is.
contacts-their-time = horário local: { $time }
contacts-confirmed-at-by = { $time } por { $name }
# A messaging service whose name is unknown.
contacts-messaging = Mensagens
contacts-save-vcard = Salvar no telefone (vCard)
contacts-verify = Ainda está correto
contacts-edit = Editar
contacts-absences = Ausências
contacts-absences-none = Nenhuma ausência prevista.
# Both are dates.
contacts-absence-range = de { $from } a { $to }
contacts-absence-remove-label = Remover a ausência de { $from } a { $to }
contacts-absence-first-day = Primeiro dia de ausência
contacts-absence-last-day = Último dia de ausência
contacts-absence-add = Adicionar ausência
contacts-remove-heading = Remover do diretório
contacts-remove-confirm = { $name } não é mais um ponto de contato: remover o registro e os plantões.
contacts-remove = Remover
contacts-back-to-org = ← Todos os contatos de { $org }

contacts-verified = Obrigado: os dados de { $name } foram confirmados como corretos hoje.
contacts-delete-unconfirmed = Marque a caixa para confirmar que este contato deve ser removido.
contacts-deleted = O registro de { $name } foi removido do diretório.
contacts-absence-start-missing = Informe o primeiro dia.
contacts-absence-end-missing = Informe o último dia.
contacts-absence-reversed = O fim de uma ausência não pode ser anterior ao início.
contacts-absence-over = Esta ausência já terminou.
# $from and $to are dates.
contacts-absence-added = Ausência de { $name } registrada de { $from } a { $to }.
contacts-absence-removed = Ausência de { $name } removida.

## The form to add or edit a contact

contacts-new-title = Adicionar um ponto de contato
contacts-edit-title = Editar { $name }
contacts-conflict-heading = Outra pessoa salvou este contato antes
contacts-conflict-text = Suas alterações não foram salvas. Estes são os dados salvos agora (versão { $version }):
contacts-conflict-resubmit = O formulário abaixo ainda contém o que você digitou. Envie-o novamente para substituir os dados salvos.
contacts-conflict-discard = Descartar suas alterações
contacts-form-has-errors = Alguns campos precisam de atenção; as mensagens estão ao lado de cada um.
contacts-organisation-fixed = Organização:
contacts-choose = Escolha…
contacts-position-optional = Cargo (opcional)
contacts-phones-legend = Números de telefone, na ordem em que se deve ligar
contacts-phone-number-label = Número de telefone { $number }
contacts-phones-help = Com o código do país, como +66 2 123 4567; um número sem o código é considerado tailandês.
contacts-email-optional = E-mail (opcional)
contacts-messaging-optional = Mensagens (opcional)
contacts-languages-spoken = Idiomas falados
# The field understands ISO codes and the English names of languages: keep "th, en, Portuguese"
# as they are (you may say that names are English ones).
contacts-languages-help = Códigos ou nomes dos idiomas em inglês, separados por vírgulas: th, en, Portuguese.
contacts-call-order-help = 1 = ligar primeiro; se não atender, o número seguinte.
contacts-time-zone = Fuso horário do contato
contacts-time-zone-help = Os horários abaixo e as ausências seguem este fuso.
contacts-availability-legend = Quando pode ser contatado
contacts-availability-always = 24 horas, todos os dias (uma linha sempre atendida)
contacts-availability-hours = Horário semanal (abaixo)
contacts-hours-label = Horário semanal
contacts-hours-caption = Horário semanal: deixe em branco os dias em que o contato não pode ser contatado; um fim anterior ao início passa da meia-noite.
contacts-hours-day = Dia
contacts-hours-from = Início
contacts-hours-to = Fim
# $day is the name of a weekday, such as Monday.
contacts-hours-from-label = { $day }: início
contacts-hours-to-label = { $day }: fim
contacts-save-changes = Salvar alterações
contacts-create = Adicionar ponto de contato
contacts-cancel = Cancelar

contacts-organisation-unknown = Escolha uma organização da lista.
contacts-name-missing = Informe o nome do contato.
# $number is the position of the phone field (1, 2, 3), $message what is wrong with it.
contacts-phone-numbered = Número { $number }: { $message }
contacts-phone-missing = Informe pelo menos um número de telefone para ligar.
contacts-phone-too-many = Informe no máximo cinco números de telefone.
contacts-call-order-invalid = Informe um número de 1 (ligar primeiro) a 99.
contacts-availability-unknown = Escolha “24 horas, todos os dias” ou “Horário semanal”.
contacts-hours-missing = Informe o horário de pelo menos um dia ou escolha “24 horas, todos os dias”.
# $day is the name of a weekday, such as Monday.
contacts-hours-both-times = { $day }: informe os dois horários no formato HH:MM ou deixe ambos em branco.
contacts-hours-end-equals-start = O fim deve ser diferente do início. Para uma linha sempre atendida, escolha “24 horas, todos os dias”.
contacts-added = Contato adicionado: { $name }.
contacts-saved = Contato salvo: { $name }.

## Who to call now (/contacts/on-duty)

contacts-on-duty-intro = Para cada organização: o contato de plantão; na falta dele, as linhas atendidas 24 horas; na falta delas, o primeiro contato cujo horário inclui o momento atual.
contacts-on-duty-narrow = Limitar a uma organização
contacts-on-duty-every-org = Todas as organizações
contacts-on-duty-show = Mostrar
contacts-on-duty-show-all = Mostrar todas as organizações
contacts-on-duty-no-such-org = Nenhuma organização ativa tem esse código.
contacts-on-duty-unreachable = { $count ->
    [0] { $count } organizações não têm ninguém disponível agora.
    [one] { $count } organização não tem ninguém disponível agora.
    [many] { $count } de organizações não têm ninguém disponível agora.
   *[other] { $count } organizações não têm ninguém disponível agora.
}
contacts-on-duty-local-time = Horário local: { $time }
contacts-on-duty-on-call-until = de plantão até { $time }
contacts-on-duty-call-first = ligar primeiro
# $hours describes the contact's weekly hours: "Mon–Fri 09:00–17:00".
contacts-on-duty-within-hours = dentro do horário ({ $hours })
contacts-on-duty-nobody = Ninguém está disponível agora.
contacts-on-duty-no-contacts = Esta organização ainda não tem pontos de contato.
contacts-on-duty-none-reachable = { $count ->
    [one] Seu único contato não está de plantão, não atende 24 horas e não está dentro do horário.
    [many] Nenhum dos seus { $count } contatos está de plantão, atende 24 horas ou está dentro do horário.
   *[other] Nenhum dos seus { $count } contatos está de plantão, atende 24 horas ou está dentro do horário.
}
contacts-on-duty-see-contacts = { $count ->
    [1] Ver o contato
   *[other] Ver todos os contatos
}

## An organisation's duty rota (/orgs/…/duty)

# $org is an organisation's code or name.
contacts-rota-title = Escala de plantão: { $org }
# $zone is a time zone such as Europe/London, $time the time there now.
contacts-rota-times = Os horários estão no fuso { $zone }; hora atual: { $time }.
contacts-shifts-heading = Plantões atuais e futuros
contacts-shifts-none = Nenhum plantão agendado.
contacts-shifts-label = Plantões
contacts-shift-on-call = De plantão
contacts-shift-until = Até
contacts-shift-actions = Ações
contacts-shift-now = agora
contacts-shift-remove-label = Remover o plantão de { $name }
contacts-shift-schedule-heading = Agendar um plantão
contacts-rota-add-contact-first = Adicione primeiro um ponto de contato.
contacts-shift-schedule = Agendar
contacts-back-to-on-duty = ← Para quem ligar agora

contacts-shift-contact-unknown = Escolha na lista quem estará de plantão.
contacts-shift-start-invalid = Informe o início como data e hora, por exemplo, 2026-12-24T20:00.
contacts-shift-end-invalid = Informe o fim como data e hora, por exemplo, 2026-12-24T20:00.
# $date and $time are what was typed, $zone a time zone such as Europe/London.
contacts-shift-time-skipped = { $date }, { $time } não existe no fuso { $zone }: é o momento da mudança de horário. Escolha outro horário.
contacts-shift-reversed = Um plantão deve terminar depois de começar.
contacts-shift-over = Este plantão já terminou.
# $from and $until are a weekday, date, time and offset.
contacts-shift-added = { $name } está de plantão de { $from } até { $until }.
contacts-shift-removed = Plantão de { $name } removido.

## The languages contacts speak (what the directory shows for their codes)

spoken-am = Amárico
spoken-ar = Árabe
spoken-bn = Bengali
spoken-de = Alemão
spoken-en = Inglês
spoken-es = Espanhol
spoken-fa = Persa
spoken-fr = Francês
spoken-ha = Hauçá
spoken-he = Hebraico
spoken-hi = Híndi
spoken-id = Indonésio
spoken-it = Italiano
spoken-ja = Japonês
spoken-kk = Cazaque
spoken-km = Khmer
spoken-ko = Coreano
spoken-lo = Laosiano
spoken-ms = Malaio
spoken-my = Birmanês
spoken-ne = Nepalês
spoken-nl = Holandês
spoken-pl = Polonês
spoken-pt = Português
spoken-ru = Russo
spoken-si = Cingalês
spoken-sw = Suaíli
spoken-ta = Tâmil
spoken-th = Tailandês
spoken-tl = Filipino
spoken-tr = Turco
spoken-uk = Ucraniano
spoken-ur = Urdu
spoken-uz = Uzbeque
spoken-vi = Vietnamita
spoken-yo = Iorubá
spoken-zh = Chinês
spoken-unknown = Idioma desconhecido
