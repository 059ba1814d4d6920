# Pedidos de resgate: a lista, um pedido, o formulário de registro, o fluxo, as operações, as áreas.

## Names of statuses, urgencies and sexes
rescue-status-submitted = Enviado
rescue-status-under-review = Em análise
rescue-status-located = Localizado
rescue-status-rescue-in-progress = Resgate em andamento
rescue-status-rescued = Resgatado
rescue-status-repatriated = Repatriado
rescue-status-closed = Encerrado
rescue-status-unable-to-locate = Não localizado
rescue-status-withdrawn = Retirado
rescue-urgency-life-at-risk = Risco de vida
rescue-urgency-urgent = Urgente
rescue-urgency-routine = Rotina
rescue-sex-female = Feminino
rescue-sex-male = Masculino
rescue-sex-unspecified = Não informado

## The list (/rescue-requests)
rescue-new = Registrar pedido de resgate
rescue-counts-label = Pedidos por situação
# A count that stopped at a cap: there are more than $count.
rescue-count-capped = { $count }+
rescue-count-more = { $count }+ pedidos
# In Portuguese 0 counts as "one": [0] keeps the plural.
rescue-count = { $count ->
    [0] { $count } pedidos
    [one] { $count } pedido
    [many] { $count } de pedidos
   *[other] { $count } pedidos
}
rescue-filters = Filtros
rescue-filter-open = Em aberto (não encerrados)
rescue-filter-any-status = Qualquer situação
rescue-filter-any-urgency = Qualquer urgência
rescue-filter-any-area = Qualquer área
rescue-filter-any-country = Qualquer país
rescue-filter-reference = Referência
rescue-filter-submit = Filtrar
rescue-filter-not-a-reference = Isto não é uma referência como RR-2026-0001. Para procurar um número de passaporte, use a busca por passaporte.
rescue-passport-search = Buscar por número de passaporte
rescue-passport-search-help = O número exato. Ele é enviado com o formulário, nunca no endereço da página.
rescue-passport-search-submit = Buscar
rescue-passport-results = Pedidos com este número de passaporte, em todas as situações.
rescue-passport-results-back = Voltar à lista
rescue-download-csv = Baixar em CSV (sem dados pessoais)
rescue-none-match = Nenhum pedido de resgate corresponde a estes filtros.
rescue-col-reference = Referência
rescue-col-person = Pessoa
rescue-col-nationality = Nacionalidade
rescue-col-urgency = Urgência
rescue-col-status = Situação
rescue-col-area = Área
rescue-col-unit = Unidade tailandesa
rescue-col-filed = Registrado em
rescue-unassigned = Não atribuído

## One request
rescue-conflict-heading = Este pedido foi alterado enquanto você decidia
# $status is the request's status now.
rescue-conflict-text = Sua ação não foi executada: a situação do pedido agora é “{ $status }”. Leia o histórico abaixo e escolha novamente.
rescue-possible-duplicate = Possível duplicata de
rescue-last-contact = Último contato
rescue-not-known = Desconhecido
rescue-none-given = Não informado
rescue-operation = Operação de resgate
rescue-no-operation = Nenhuma operação
rescue-last-changed = Última alteração
rescue-person-heading = A pessoa
rescue-full-name = Nome completo
rescue-other-names = Outros nomes ou apelidos
rescue-sex = Sexo
rescue-age = Data de nascimento ou idade
# $age is a number of years.
rescue-approximate-age = { $age ->
    [one] cerca de { $age } ano
   *[other] cerca de { $age } anos
}
rescue-passport = Número do passaporte
rescue-phones = Números de telefone
rescue-handles = Contas em aplicativos de mensagem
rescue-family-contact = Contato da família
rescue-situation-heading = A situação
rescue-last-known-location = Último local conhecido
rescue-compound = Centro de golpes ou rede
rescue-recruitment = Como ocorreu o aliciamento
rescue-circumstances = Circunstâncias
rescue-edit = Atualizar os dados
rescue-redacted = Os dados pessoais não são exibidos aos observadores.
rescue-steps-heading = Próximas etapas
# A button: $status is where the step takes the request.
rescue-step-to = Passar para “{ $status }”
rescue-step-place = Onde a pessoa foi localizada?
rescue-step-reason = O motivo
rescue-step-outcome = O desfecho
rescue-step-reopen-reason = Por que o pedido está sendo reaberto?
rescue-step-place-missing = Informe onde a pessoa foi localizada.
rescue-step-reason-missing = Informe o motivo: ele fica registrado no histórico.
# $from and $to are statuses.
rescue-step-not-allowed = Um pedido na situação “{ $from }” não pode passar para “{ $to }”.
rescue-step-taken = A situação de { $reference } agora é “{ $status }”.
rescue-assign-heading = Atribuição
rescue-officer = Policial
rescue-no-officer = Nenhum policial designado
rescue-officer-help = Aqui aparecem os policiais da unidade salva: para escolher um policial de outra unidade, salve a nova unidade primeiro.
rescue-assign-submit = Salvar a atribuição
rescue-assign-unit-unknown = Escolha uma unidade tailandesa da lista.
rescue-assign-officer-unknown = Escolha um policial da unidade escolhida.
rescue-assigned = Atribuição de { $reference } salva.
rescue-operation-submit = Salvar a operação
rescue-operation-unknown = Escolha uma operação da lista.
rescue-operation-set = Operação de { $reference } salva.
rescue-timeline = Histórico
# Each timeline entry starts with the person's name and organisation, followed by one of these.
rescue-timeline-filed = registrou o pedido
rescue-timeline-moved = passou o pedido para
rescue-timeline-noted = adicionou uma nota
rescue-timeline-edited = atualizou os dados:
rescue-timeline-assigned = atribuiu o pedido
rescue-timeline-operation = alterou a operação do pedido
rescue-note-heading = Adicionar uma nota
rescue-note-label = Nota
rescue-note-submit = Adicionar a nota
rescue-note-missing = Escreva a nota primeiro.
rescue-note-added = Nota adicionada a { $reference }.
rescue-viewings-heading = Quem já viu este caso
rescue-viewings-none = Ninguém abriu os dados pessoais até agora.
rescue-viewings-count = { $count ->
    [one] { $count } vez
   *[other] { $count } vezes
}
rescue-viewings-last = a última
rescue-back-to-list = ← Todos os pedidos de resgate

## The form
rescue-new-intro = Todos os dados da pessoa são criptografados antes de serem armazenados. Somente o seu país e os coordenadores da polícia tailandesa podem lê-los, e cada consulta fica registrada.
rescue-edit-title = Atualizar { $reference }
rescue-edit-conflict-heading = Outra pessoa salvou este pedido antes
rescue-edit-conflict-text = Suas alterações não foram salvas: o pedido agora está na versão { $version }. Estes são os dados salvos agora:
rescue-edit-conflict-kept = O que você digitou continua abaixo; salvar novamente substitui os dados salvos.
rescue-edit-conflict-discard = Descartar suas alterações
rescue-form-has-errors = Alguns campos precisam de atenção; eles estão indicados abaixo.
rescue-choose = Escolha…
rescue-other-names-help = Apelidos, nomes usados no centro de golpes, outras grafias.
rescue-date-of-birth = Data de nascimento
rescue-age-help = Informe a data de nascimento ou, se a família não a souber, a idade aproximada.
rescue-approximate-age-label = Idade aproximada
rescue-phones-help = Um por linha, com o código do país, como +95 9 123 456 789.
rescue-handles-help = LINE, WhatsApp, Telegram, Facebook e similares, com o nome exibido em cada um.
rescue-family-contact-help = Quem comunicou o caso e como entrar em contato.
rescue-save = Salvar
rescue-file = Registrar o pedido
rescue-filed = Pedido de resgate { $reference } registrado.
rescue-saved = { $reference } salvo.
rescue-field-nationality-unknown = Escolha da lista a nacionalidade da pessoa.
rescue-field-full-name-missing = Informe o nome completo da pessoa.
rescue-field-sex-unknown = Escolha uma opção.
rescue-field-date-future = Esta data está no futuro.
rescue-field-age-missing = Informe uma data de nascimento ou uma idade aproximada.
rescue-field-age-invalid = Informe a idade em anos, de 1 a 120.
rescue-field-passport-invalid = Um número de passaporte tem de 5 a 20 letras e algarismos.
# $phone is what was typed, $reason why it is not a number.
rescue-field-phone-invalid = { $phone }: { $reason }
rescue-field-phones-too-many = Informe no máximo { $max } números.
rescue-field-location-missing = Descreva o último local conhecido, mesmo que de forma aproximada.
rescue-field-area-unknown = Escolha uma área da lista.
rescue-field-urgency-unknown = Escolha o grau de urgência.
rescue-field-status-unknown = Escolha uma situação da lista.

## Operations (/rescue-operations)
rescue-operations-title = Operações de resgate
rescue-operations-intro = Uma operação reúne os pedidos de uma mesma incursão policial, quaisquer que sejam as nacionalidades. Cada país vê nela somente os seus nacionais.
rescue-operations-none = Ainda não há operações.
rescue-operation-new = Nova operação
rescue-operation-name = Nome
rescue-operation-planned-on = Prevista para
rescue-operation-notes = Observações
rescue-operation-notes-help = Onde e quando, descritos em palavras. Sem nomes: eles ficam nos pedidos.
rescue-operation-create = Criar a operação
rescue-operation-name-missing = Dê um nome à operação.
rescue-operation-created = Operação { $name } criada.
rescue-operation-planned = Prevista para { $date }
rescue-operation-not-planned = Sem data prevista
rescue-operation-requests = Pedidos nesta operação
rescue-operation-empty = Nenhum dos pedidos que você pode ver faz parte desta operação.
rescue-operations-back = ← Todas as operações

## The areas (/admin/rescue-areas)
rescue-areas-intro = As áreas que um pedido pode indicar. As áreas retiradas deixam de ser oferecidas no registro de pedidos; os pedidos que já as indicam continuam com elas. A área “Outra” sempre permanece.
rescue-area-state = Situação
rescue-area-other = Outra
rescue-area-change = Alterar
rescue-area-offered-state = Oferecida
rescue-area-retired-state = Retirada
rescue-area-retire = Retirar
rescue-area-offer = Voltar a oferecer
rescue-area-retire-label = Retirar: { $name }
rescue-area-offer-label = Voltar a oferecer: { $name }
rescue-area-new = Nova área
rescue-area-add = Adicionar a área
rescue-area-name-missing = Informe o nome da área.
rescue-area-name-taken = Esta área já está na lista.
rescue-area-added = Área { $name } adicionada.
rescue-area-offered = A área voltou a ser oferecida.
rescue-area-retired = A área foi retirada.
