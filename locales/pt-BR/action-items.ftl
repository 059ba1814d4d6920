# Action items: the lists, one item, the form, the workload boxes.

items-col-reference = Referência
items-col-title = Título
items-col-owed-by = A cargo de
items-col-due = Prazo
items-col-priority = Prioridade
items-col-status = Situação
items-restricted-badge = restrito
items-overdue-label = em atraso
items-workload-open = { $count ->
    [0] { $count } abertos
    [one] { $count } aberto
    [many] { $count } abertos
   *[other] { $count } abertos
}
items-workload-overdue = { $count } em atraso
items-workload-none-overdue = nenhum em atraso
items-workload-nothing-owed = Nada pendente no momento.
items-workload-all-open = Todos os itens abertos de { $org }
items-workload-the-overdue = os em atraso
items-owed-by-org = Itens de ação a cargo de { $org }

# The list
items-new = Novo item de ação
items-filters = Filtros
items-filter-not-closed = Não encerrados (aberto, em andamento, bloqueado)
items-filter-any-status = Qualquer situação
items-filter-any-org = Qualquer organização
items-filter-any-priority = Qualquer prioridade
items-filter-due-by = Prazo até
items-filter-text = Título ou descrição contém
items-filter-sort = Ordenar por
items-sort-due = Prazo, o mais próximo primeiro
items-sort-priority = Prioridade, a mais urgente primeiro
items-sort-newest = Mais recentes primeiro
items-filter-overdue = Somente itens em atraso
items-filter-submit = Filtrar
# How many items match the filters. In Portuguese 0 counts as "one": [0] keeps the plural.
items-count = { $count ->
    [0] { $count } itens
    [one] { $count } item
    [many] { $count } de itens
   *[other] { $count } itens
}
# A large list is counted only up to a cap: there are more than $count items.
items-count-more = { $count }+ itens
items-download-csv = Baixar estes itens em CSV
items-none-match = Nenhum item de ação corresponde a estes filtros.

# One item
# Under the item's title, after its status. $priority is low, normal, high or urgent: keep the
# [keys] in brackets as they are.
items-priority-line = { $priority ->
    [low] Prioridade baixa
    [normal] Prioridade normal
    [high] Prioridade alta
   *[urgent] Prioridade urgente
}
# $date is the due date.
items-due-on = prazo: { $date }
items-person = Pessoa responsável
items-nobody-named = ninguém designado
items-visibility = Visibilidade
items-last-changed = Última alteração
items-no-description = Sem descrição.
items-edit-or-reassign = Editar ou reatribuir
items-status-heading = Alterar a situação
items-status-new = Nova situação
items-status-comment = Comentário (opcional)
items-status-submit = Alterar situação
items-status-conflict-heading = Outra pessoa alterou este item antes
items-status-conflict-not-saved = Sua alteração de situação não foi salva.
# $status is the item's status now (shown in bold), $version its version number.
items-status-conflict-now = A situação atual do item é { $status } (versão { $version }); o histórico abaixo mostra o que aconteceu.
items-status-conflict-kept = Seu comentário e sua escolha continuam no formulário: envie novamente se ainda forem válidos.
items-timeline = Histórico
# Each timeline entry starts with the person's name and organisation, followed by one of these.
items-timeline-created = criou o item
# $from and $to are status names; $to is shown in bold.
items-timeline-moved = alterou a situação de { $from } para { $to }
items-timeline-edited = editou o item
items-timeline-commented = comentou
# Under "edited it", one line per change. $from and $to are the old and new values (titles
# and people's names as typed, organisation codes, dates, priority or visibility names).
items-change-title = título: “{ $from }” → “{ $to }”
items-change-description = descrição alterada
items-change-assignees = organizações responsáveis: { $from } → { $to }
items-change-person = pessoa responsável: { $from } → { $to }
# Stands for $from or $to of items-change-person when no person was named.
items-change-nobody = ninguém
items-change-due-date = prazo: { $from } → { $to }
items-change-priority = prioridade: { $from } → { $to }
items-change-visibility = visibilidade: { $from } → { $to }
items-change-nothing = salvo sem alterações
items-comment-heading = Adicionar um comentário
items-comment-label = Comentário
# Keep the Markdown syntax (**bold**) as it is: it shows how to write bold.
items-markdown-help = Markdown: **negrito**, listas, links.
items-comment-submit = Adicionar comentário
items-back-to-list = ← Todos os itens de ação

# A status inside a sentence (items-status-changed, items-status-not-allowed): lower-case in
# English, unlike the status names of lists and forms.
items-status-word-open = aberto
items-status-word-in-progress = em andamento
items-status-word-blocked = bloqueado
items-status-word-done = concluído
items-status-word-cancelled = cancelado
# $reference is the item's reference (AI-0042); $status one of the items-status-word-* above.
items-status-changed = { $reference } agora está { $status }.
items-status-not-allowed = Um item { $from } não pode passar para a situação “{ $to }”.
items-comment-missing = Escreva um comentário.
items-comment-added = Comentário adicionado a { $reference }.

# The form
# $reference is the item's reference (AI-0042).
items-edit-title = Editar { $reference }
items-edit-conflict-heading = Outra pessoa salvou este item antes
# $version is the item's version number.
items-edit-conflict-text = Suas alterações não foram salvas. Estes são os valores salvos agora (versão { $version }):
items-edit-conflict-kept = O formulário abaixo ainda contém o que você digitou. Envie-o novamente para substituir os valores salvos.
# A link back to the item, leaving the form.
items-edit-conflict-discard = Descartar suas alterações
items-description = Descrição
items-form-has-errors = Alguns campos precisam de atenção; as mensagens estão ao lado de cada um.
items-description-help = Markdown: **negrito**, listas, links. Visível para todos que podem ler o item.
# Before the organisations that owe the item, when the user cannot choose them.
items-owed-by-fixed = A cargo de:
items-assignees-legend = A cargo de (uma ou mais organizações)
items-person-label = Pessoa responsável (opcional)
items-person-nobody = Ninguém designado
items-person-help = Deve pertencer a uma das organizações responsáveis pelo item.
items-due-date = Prazo
items-save = Salvar alterações
items-create = Criar item de ação
items-cancel = Cancelar
items-created = Item de ação { $reference } criado.
items-saved = Item de ação { $reference } salvo.

# Beside the form's fields
items-title-missing = Informe um título.
items-due-date-missing = Informe um prazo.
items-due-date-past = Escolha um prazo a partir de hoje.
items-assignees-missing = Escolha pelo menos uma organização.
# $codes lists the organisation codes typed (BRA, NOPE), $count how many there are.
items-assignees-unknown = { $count ->
    [one] { $codes } não pode receber trabalho: escolha na lista embaixadas ou unidades policiais ativas.
    [many] { $codes } não podem receber trabalho: escolha na lista embaixadas ou unidades policiais ativas.
   *[other] { $codes } não podem receber trabalho: escolha na lista embaixadas ou unidades policiais ativas.
}
items-person-not-assignable = Escolha uma pessoa de uma das organizações responsáveis, ou ninguém.

# An item made from a meeting's decision.
items-from-decision = Decisão { $number } de “{ $meeting }”
items-from-decision-link = Ler na ata
items-from-decision-description = Em cumprimento à decisão { $number } da reunião “{ $meeting }”.
items-decision = Em cumprimento a
