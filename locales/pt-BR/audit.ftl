# Página do registro de auditoria (/audit). Os resumos dos eventos ficam em inglês.

audit-title = Registro de auditoria
audit-intro = Todas as alterações feitas no Liaison, das mais recentes às mais antigas. Os registros nunca podem ser editados nem removidos.
audit-filters = Filtros
audit-actor = Autor (e-mail)
audit-organisation = Organização
audit-action = Ação
# The first option of a filter: no filtering.
audit-all = Todas
audit-from = De (data)
audit-to = Até (data, inclusive)
audit-filter = Filtrar
audit-clear-filters = Limpar filtros
audit-table-label = Eventos de auditoria
audit-when = Quando
audit-who = Quem
audit-what = O quê
# The column with the IP address the change came from.
audit-ip = Origem
# The actor of an event with no signed-in person (a failed sign-in, the command line).
audit-system = sistema
audit-empty = Nenhum registro corresponde a estes filtros.

# Problems with the filters
audit-from-invalid = A data inicial deve estar no formato 2026-11-28.
audit-to-invalid = A data final deve estar no formato 2026-11-28.
audit-org-unknown = Escolha uma organização da lista.
audit-action-unknown = Escolha uma ação da lista.

# The kinds of event, in the action filter and the table
audit-action-sign-in = Entrada
audit-action-sign-in-failed = Falha ao entrar
audit-action-second-factor-failed = Código do segundo fator recusado
audit-action-recovery-code-used = Código de recuperação usado
audit-action-second-factor-enrolled = Segundo fator configurado
audit-action-recovery-codes-issued = Códigos de recuperação emitidos
audit-action-second-factor-reset = Segundo fator redefinido
audit-action-sign-out = Saída
audit-action-password-changed = Senha alterada
audit-action-password-change-failed = Falha ao alterar a senha
audit-action-session-revoked = Sessão encerrada
audit-action-time-zone-changed = Fuso horário alterado
audit-action-language-changed = Idioma alterado
audit-action-organisation-created = Organização criada
audit-action-organisation-updated = Organização atualizada
audit-action-organisation-deactivated = Organização desativada
audit-action-organisation-activated = Organização ativada
audit-action-user-created = Conta criada
audit-action-user-updated = Conta atualizada
audit-action-user-deactivated = Conta desativada
audit-action-user-activated = Conta ativada
audit-action-user-password-reset = Senha redefinida por um administrador
audit-action-action-item-created = Item de ação criado
audit-action-action-item-updated = Item de ação atualizado
audit-action-action-item-status-changed = Situação de item de ação alterada
audit-action-action-item-commented = Comentário em um item de ação
audit-action-contact-created = Ponto de contato adicionado
audit-action-contact-updated = Ponto de contato atualizado
audit-action-contact-verified = Ponto de contato confirmado
audit-action-contact-deleted = Ponto de contato removido
audit-action-contact-absence-added = Ausência de ponto de contato adicionada
audit-action-contact-absence-removed = Ausência de ponto de contato removida
audit-action-duty-shift-added = Plantão adicionado
audit-action-duty-shift-removed = Plantão removido
audit-action-rescue-request-filed = Pedido de resgate registrado
audit-action-rescue-request-viewed = Dados pessoais de um pedido de resgate consultados
audit-action-rescue-request-updated = Pedido de resgate atualizado
audit-action-rescue-request-status-changed = Situação de pedido de resgate alterada
audit-action-rescue-request-noted = Nota em um pedido de resgate
audit-action-rescue-request-assigned = Pedido de resgate atribuído
audit-action-rescue-requests-exported = Pedidos de resgate exportados
audit-action-rescue-operation-created = Operação de resgate criada
audit-action-rescue-operation-changed = Pedidos de uma operação de resgate alterados
audit-action-rescue-area-created = Área de resgate adicionada
audit-action-rescue-area-changed = Área de resgate alterada
audit-action-referral-filed = Encaminhamento de fronteira registrado
audit-action-referral-viewed = Dados de viajante consultados
audit-action-referral-updated = Encaminhamento de fronteira corrigido
audit-action-referral-call-logged = Tentativa de ligação registrada
audit-action-referral-acknowledged = Recebimento de encaminhamento de fronteira confirmado
audit-action-referral-outcome-recorded = Desfecho de encaminhamento registrado
audit-action-referral-closed = Encaminhamento de fronteira encerrado
audit-action-referral-flagged = Novo alerta ao vencer o prazo de um encaminhamento
audit-action-referral-escalated = Encaminhamento escalonado para os coordenadores
audit-action-referral-estimate-passed = Previsão da embaixada vencida
audit-action-referral-policy-changed = Prazos dos encaminhamentos alterados
audit-action-referral-checkpoint-created = Posto de controle adicionado
audit-action-referral-checkpoint-changed = Posto de controle alterado
audit-action-meeting-created = Reunião criada
audit-action-meeting-updated = Reunião alterada
audit-action-meeting-attendance-recorded = Presença registrada
audit-action-minutes-saved = Ata salva
audit-action-minutes-circulated = Ata enviada para comentários
audit-action-minutes-approved = Ata aprovada
audit-action-minutes-commented = Comentário em uma ata
audit-action-minutes-addendum-added = Adendo a uma ata
audit-action-decision-recorded = Decisão registrada
audit-action-decision-reworded = Decisão reformulada
audit-action-calendar-feed-made = Feed de calendário criado
audit-action-calendar-feed-revoked = Feed de calendário revogado
audit-action-notifications-read = Notificações lidas
audit-action-notification-preferences-changed = Configurações de notificação alteradas
audit-action-action-item-followed = Passou a seguir um item de ação
audit-action-action-item-unfollowed = Deixou de seguir um item de ação
audit-action-email-sent = E-mail enviado
audit-action-email-failed = Falha no envio de e-mail
audit-action-email-retried = E-mail recolocado na fila

## A cadeia de hashes
audit-chain-heading = Integridade do registro
audit-chain-verified = Todos os eventos até o evento { $event } foram verificados como íntegros em { $when }.
audit-chain-not-checked = A cadeia ainda não foi verificada; o portal verifica os novos eventos a cada poucos minutos.
audit-chain-broken = A cadeia está rompida no evento { $event }: um evento foi alterado ou removido fora do portal.
audit-chain-found-at = Detectado em { $when }.
audit-chain-full-check = Última verificação do registro completo por “liaison audit verify”: { $when }.
audit-chain-no-full-check = O registro completo nunca foi verificado com “liaison audit verify”.
