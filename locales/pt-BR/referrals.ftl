## Encaminhamentos de fronteira: um viajante parado em um posto de controle é encaminhado à embaixada do seu país.

## The inbox (/referrals)
referral-new = Registrar encaminhamento
referral-board-title = Quadro de escalonamento
referral-stats-title = Estatísticas dos encaminhamentos
referral-counts-label = Encaminhamentos por situação
referral-own-unit = Exibindo os encaminhamentos em aberto registrados pela sua unidade.
referral-see-all = Ver todos os encaminhamentos em aberto
referral-filters = Filtrar os encaminhamentos
referral-filter-open = Em aberto (aguardando confirmação de recebimento ou desfecho)
referral-filter-any-status = Qualquer situação
referral-filter-any-checkpoint = Qualquer posto de controle
referral-filter-reference = Referência
referral-filter-submit = Exibir
referral-filter-not-a-reference = Busque pela referência, como BR-2026-0001. Não é possível buscar viajantes pelo nome.
# In Portuguese 0 counts as "one": [0] keeps the plural.
referral-count = { $count ->
    [0] { $count } encaminhamentos
    [one] Um encaminhamento
    [many] { $count } de encaminhamentos
   *[other] { $count } encaminhamentos
}
referral-count-more = Mais de { $count } encaminhamentos
referral-none-match = Nenhum encaminhamento corresponde a estes filtros.
referral-col-reference = Referência
referral-col-nationality = Nacionalidade
referral-col-checkpoint = Posto de controle
referral-col-status = Situação
referral-col-deadline = Prazo ou desfecho
referral-col-filed = Registrado em
referral-time-left = faltam { $minutes } min
referral-time-overdue = { $minutes } min em atraso
referral-acknowledged-by = Recebimento confirmado por { $name }
referral-escalated-badge = Escalonado
referral-no-embassy = Sem embaixada no portal
referral-no-embassy-help = Os coordenadores cuidam do caso: a Divisão de Relações Exteriores contata o país pelos canais diplomáticos.

## Statuses and values
referral-status-awaiting = Aguardando confirmação de recebimento
referral-status-acknowledged = Recebimento confirmado
referral-status-closed = Encerrado
referral-mode-land = Por via terrestre
referral-mode-air = Por via aérea
referral-itinerary-clear = Claro
referral-itinerary-unclear = Pouco claro
referral-itinerary-none = Nenhum
referral-disposition-held = Retido para entrevista
referral-disposition-continued = Seguiu viagem
referral-risk-job-offer-online = Oferta de emprego recebida pela internet
referral-risk-travel-paid-by-other = Viagem paga por outra pessoa
referral-risk-one-way = Passagem só de ida
referral-risk-no-accommodation = Sem hospedagem reservada
referral-risk-with-handler = Acompanhado por um agenciador
referral-risk-documents-held = Passaporte ou celular em poder de outra pessoa
referral-risk-high-risk-destination = Destino em área de alto risco
referral-risk-inconsistent-answers = Respostas inconsistentes
referral-outcome-continues-with-advice = Contato feito com o nacional: segue viagem com orientações
referral-outcome-turned-back = Contato feito com o nacional: desiste da viagem
referral-outcome-asks-for-help = Contato feito com o nacional: pede ajuda
referral-outcome-unreachable = Não foi possível contatar o nacional
referral-channel-phone = Telefone
referral-channel-line = LINE
referral-channel-whatsapp = WhatsApp
referral-call-answered = Atendida
referral-call-no-answer = Não atendida
referral-call-wrong-number = Número errado
referral-call-message-left = Mensagem deixada

## The form (/referrals/new, /referrals/{id}/edit)
referral-new-intro = A embaixada do viajante deve confirmar o recebimento em até { $held } minutos quando o viajante estiver retido para entrevista, e em até { $continued } minutos quando ele tiver seguido viagem. A próxima página mostra para quem ligar agora.
referral-edit-title = Corrigir { $reference }
referral-traveller-heading = O viajante
referral-journey-heading = A viagem e a sua avaliação
referral-choose = Escolha…
referral-nationality-other = Outra nacionalidade (sem embaixada no portal)
referral-nationality-other-code = Código do país, com duas letras
referral-nationality-other-help = Somente para outra nacionalidade, como VN para o Vietnã.
referral-full-name = Nome completo
referral-passport-number = Número do passaporte
referral-date-of-birth = Data de nascimento
referral-sex = Sexo
referral-phone = Telefone, se informado
referral-checkpoint = Posto de controle
referral-checkpoint-other = Outro
referral-travel-mode = Meio de viagem
referral-purpose = Finalidade declarada
referral-destination = Destino declarado
referral-itinerary = Roteiro, segundo a sua avaliação
referral-risks = Indicadores de risco
referral-risks-none = Nenhum observado
referral-disposition = O viajante
referral-file = Registrar o encaminhamento
referral-save = Salvar as correções
referral-form-has-errors = Alguns campos precisam da sua atenção; cada um indica o que alterar.
referral-conflict-heading = Outra pessoa salvou este encaminhamento antes
referral-conflict-text = Ele agora está na versão { $version }. Os dados atuais estão abaixo.
referral-conflict-kept = O que você digitou continua no formulário; salve novamente para substituir esses dados, ou
referral-conflict-discard = volte ao encaminhamento sem salvar.
referral-field-nationality-unknown = Escolha a nacionalidade do viajante ou digite o código do país, com duas letras.
referral-field-full-name-missing = Informe o nome completo do viajante.
referral-field-date-future = Esta data está no futuro.
referral-field-checkpoint-unknown = Escolha um posto de controle da lista.
referral-field-mode-unknown = Escolha via terrestre ou via aérea.
referral-field-itinerary-unknown = Indique se o roteiro é claro.
referral-field-risk-unknown = Um indicador de risco não foi reconhecido; marque as opções novamente.
referral-field-disposition-unknown = Informe se o viajante está retido ou seguiu viagem.
referral-field-status-unknown = Situação desconhecida.
referral-field-outcome-unknown = Escolha o desfecho.
referral-field-channel-unknown = Escolha telefone, LINE ou WhatsApp.
referral-field-call-result-unknown = Escolha o resultado da ligação.
referral-field-estimate-unknown = Escolha quando você prevê ter falado com o viajante.
referral-filed = Encaminhamento { $reference } registrado. Ligue agora para a embaixada.
referral-saved = Encaminhamento { $reference } salvo.

## One referral (/referrals/{id})
referral-edit = Corrigir os dados
referral-changed-meanwhile = Outra pessoa alterou este encaminhamento enquanto você decidia; ele aparece abaixo como está agora. Nada do que você enviou foi salvo.
referral-deadline-in = O prazo para confirmar o recebimento vence em { $minutes } min (às { $time }).
referral-deadline-passed = Confirmação de recebimento em atraso há { $minutes } min (prazo: { $time }).
referral-acknowledged-line = Recebimento confirmado por { $name } em { $time }.
referral-estimate-line = A embaixada prevê ter falado com o viajante até { $time }.
referral-closed-by-coordinators = Encerrado pelos coordenadores.
referral-call-now = Ligue agora para a embaixada ({ $country })
referral-call-on-shift = de plantão até { $time }
referral-call-around-the-clock = linha atendida 24 horas
referral-call-within-hours = dentro do horário agora
referral-call-nobody = Ninguém está de plantão ou dentro do horário agora. Ligue para os contatos abaixo, nesta ordem.
referral-call-then = Depois, na ordem de chamada ({ $count })
referral-call-log = Registrar uma tentativa de ligação
referral-call-contact = Para quem você ligou
referral-call-other-number = Outro número (indique qual na nota)
referral-call-channel = Meio
referral-call-result = Resultado
referral-call-note = Nota (opcional)
referral-call-log-submit = Registrar a tentativa
referral-call-contact-unknown = Escolha um dos contatos da embaixada ou outro número.
referral-call-logged = Tentativa de ligação registrada em { $reference }.
referral-answer-heading = Sua resposta
referral-estimate = Você prevê ter falado com o viajante
referral-estimate-within = em até { $minutes ->
    [0] { $minutes } minutos
    [one] um minuto
    [many] { $minutes } de minutos
   *[other] { $minutes } minutos
}
referral-acknowledge = Confirmar o recebimento
referral-acknowledged = Recebimento do encaminhamento { $reference } confirmado.
referral-acknowledged-already = O recebimento deste encaminhamento já foi confirmado.
referral-acknowledge-first = Confirme o recebimento do encaminhamento antes de registrar o desfecho.
referral-outcome = Desfecho
referral-outcome-submit = Registrar o desfecho
referral-outcome-recorded = Desfecho de { $reference } registrado.
referral-closed-already = Este encaminhamento está encerrado.
referral-facts-heading = Dados
referral-not-given = Não informado
referral-redacted = Oculto: dados pessoais
referral-filed-by = Registrado
referral-filed-line = Por { $org } em { $time }
referral-deadline-policy = prazo de { $minutes } min
referral-rescue-request = Pedido de resgate
referral-rescue-request-open = Aberto a partir deste encaminhamento
referral-matches-heading = Correspondências do passaporte
referral-match-earlier = Já encaminhado em { $date } ({ $reference })
referral-match-rescue = Corresponde ao pedido de resgate { $reference }
referral-close-heading = Encerrar sem o desfecho da embaixada
referral-close-reason = Motivo (por exemplo: contato feito pelos canais diplomáticos)
referral-close-submit = Encerrar o encaminhamento
referral-close-reason-missing = Informe por que o encaminhamento foi encerrado.
referral-closed = Encaminhamento { $reference } encerrado.
referral-timeline-heading = Histórico
referral-timeline-system = O portal
# Each timeline entry starts with the person's name (or "O portal"), followed by one of these.
referral-timeline-filed = registrou o encaminhamento
referral-timeline-call = { $channel } para { $contact }: { $result }
referral-timeline-call-other = { $channel } para outro número: { $result }
referral-timeline-acknowledged = confirmou o recebimento do encaminhamento
referral-timeline-outcome = registrou o desfecho: { $outcome }
referral-timeline-flagged = o prazo venceu: novo alerta enviado a pontos de contato ({ $contacts }) e membros ({ $members })
referral-timeline-flagged-on-duty = o prazo venceu: novo alerta enviado a { $on_duty } (de plantão), a pontos de contato ({ $contacts }) e a membros ({ $members })
referral-timeline-flagged-no-embassy = o prazo venceu: nenhuma embaixada desta nacionalidade está no portal, então os coordenadores cuidam do caso
referral-timeline-escalated = o dobro do prazo venceu: enviado ao quadro de escalonamento dos coordenadores
referral-timeline-estimate-passed = a previsão da embaixada venceu sem desfecho: novo alerta enviado
referral-timeline-closed = encerrou o encaminhamento
referral-timeline-edited = corrigiu os dados
referral-timeline-rescue-request = abriu o pedido de resgate { $reference }

## The escalation board (/referrals/escalated)
referral-board-intro = Encaminhamentos que as embaixadas não responderam, para que a Divisão de Relações Exteriores lhes dê seguimento pelos canais diplomáticos.
referral-board-escalated = Sem confirmação de recebimento ao fim do dobro do prazo
referral-board-estimate-passed = Recebimento confirmado, mas a previsão venceu sem desfecho
referral-board-no-embassy = Sem embaixada no portal
referral-board-none = Nenhum.
referral-board-capped = Exibindo os { $count } primeiros.

## The figures (/referrals/stats)
referral-stats-intro = As últimas { $weeks } semanas, por semana iniciada na segunda-feira (horário de Bangkok).
referral-stats-intro-country = { $country }: as últimas { $weeks } semanas, somente para os seus nacionais, por semana iniciada na segunda-feira (horário de Bangkok).
referral-stats-as-of = Calculado às { $time }; os números têm no máximo { $seconds } segundos.
referral-stats-total = Encaminhamentos
referral-stats-median = Tempo mediano até a confirmação de recebimento
referral-stats-p90 = Tempo até a confirmação de recebimento (90º percentil)
referral-stats-acknowledged = Com recebimento confirmado
referral-stats-minutes = { $minutes } min
referral-stats-none = Ainda nenhum
referral-stats-chart = Encaminhamentos por semana nas últimas { $weeks } semanas, segundo a confirmação de recebimento
referral-stats-bar = { $count ->
    [0] Semana de { $week }: { $count } encaminhamentos
    [one] Semana de { $week }: { $count } encaminhamento
    [many] Semana de { $week }: { $count } de encaminhamentos
   *[other] Semana de { $week }: { $count } encaminhamentos
}
referral-stats-key-in-time = Confirmado no prazo
referral-stats-key-late = Confirmado com atraso
referral-stats-key-unanswered = Sem confirmação
referral-stats-by-checkpoint = Por posto de controle
referral-stats-by-nationality = Por nacionalidade
referral-stats-by-embassy = Recebimento confirmado dentro do prazo, por embaixada
referral-stats-outcomes = Desfechos
referral-stats-filed = Encaminhamentos
referral-stats-share = Percentual no prazo
referral-stats-percent = { $share }%
referral-stats-sum = Total
referral-stats-no-outcome = Ainda sem desfecho

## Administration (/admin/referral-policy)
referral-policy-heading = Prazos de confirmação de recebimento
referral-policy-intro = O prazo que uma embaixada tem para confirmar o recebimento de um encaminhamento. Sem confirmação ao fim do prazo, a embaixada recebe um novo alerta; ao fim do dobro do prazo, o encaminhamento vai para o quadro de escalonamento dos coordenadores. Os encaminhamentos já registrados mantêm o seu prazo.
referral-policy-held = Viajante retido para entrevista (minutos)
referral-policy-continued = Viajante seguiu viagem (minutos)
referral-policy-save = Salvar os prazos
referral-policy-saved = Os prazos foram salvos.
referral-policy-minutes-invalid = Informe um número inteiro de minutos, de 5 a { $max }.
referral-policy-conflict = Outra pessoa alterou os prazos antes: agora são { $held } e { $continued } minutos. Seus valores continuam abaixo; salve novamente para substituí-los.
referral-checkpoints-heading = Postos de controle
referral-checkpoints-intro = Os postos de controle que um policial pode escolher. Os postos retirados deixam de ser oferecidos; os encaminhamentos que já os indicam continuam com eles. O posto “Outro” sempre permanece.
referral-checkpoint-state = Situação
referral-checkpoint-change = Alterar
referral-checkpoint-offered-state = Oferecido
referral-checkpoint-retired-state = Retirado
referral-checkpoint-retire = Retirar
referral-checkpoint-offer = Voltar a oferecer
referral-checkpoint-retire-label = Retirar: { $name }
referral-checkpoint-offer-label = Voltar a oferecer: { $name }
referral-checkpoint-new = Novo posto de controle
referral-checkpoint-add = Adicionar o posto de controle
referral-checkpoint-name-missing = Informe o nome do posto de controle.
referral-checkpoint-name-taken = Este posto de controle já está na lista.
referral-checkpoint-added = Posto de controle { $name } adicionado.
referral-checkpoint-offered = O posto de controle voltou a ser oferecido.
referral-checkpoint-retired = O posto de controle foi retirado.
