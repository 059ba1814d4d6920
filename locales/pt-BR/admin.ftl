# Administração de organizações e contas (/admin/orgs, /admin/users), para administradores.

# Shared by the admin pages
admin-filters = Filtros
admin-name = Nome
admin-email = E-mail
admin-organisation = Organização
admin-role = Perfil
admin-status = Situação
admin-time-zone = Fuso horário
admin-role-administrator = Administrador
admin-role-member = Membro
# The state of an organisation or an account (both feminine in Portuguese).
admin-active = Ativa
admin-deactivated = Desativada
# The same state written inside a line of facts ("País · Asia/Bangkok · ativa").
admin-state-active = ativa
admin-state-deactivated = desativada
admin-edit = Editar
admin-cancel = Cancelar
admin-save-changes = Salvar alterações
admin-yes = sim
admin-no = não
# $version is the number of the version now stored.
admin-conflict-not-saved = Suas alterações não foram salvas. Estes são os valores registrados agora (versão { $version }):
admin-conflict-resubmit = O formulário abaixo ainda contém o que você digitou. Envie-o novamente para substituir os valores registrados.
admin-conflict-discard = Descartar suas alterações

# The list of organisations
admin-orgs-title = Gerenciar organizações
admin-orgs-add = Adicionar uma organização
admin-orgs-table-label = Organizações
admin-orgs-code = Código
admin-orgs-kind = Tipo
admin-orgs-country = País
admin-orgs-members = Membros

# One organisation
# $country is a two-letter ISO country code, such as BR.
admin-orgs-country-code = país { $country }
admin-orgs-no-members = Ainda não há contas.
admin-orgs-add-account = Adicionar uma conta
admin-orgs-members-label = Contas desta organização
# $shown is how many are listed. In Portuguese 0 counts as "one": [0] keeps the plural.
admin-orgs-showing-members = { $total ->
    [0] Exibindo { $shown } de { $total } contas.
    [one] Exibindo { $shown } de { $total } conta.
    [many] Exibindo { $shown } de um total de { $total } contas.
   *[other] Exibindo { $shown } de { $total } contas.
}
# $org is the organisation's code, such as BRA.
admin-orgs-all-members = Todas as contas de { $org }
admin-orgs-deactivate-help = A desativação encerra imediatamente as sessões de todos os membros, que não poderão entrar até que a organização seja ativada novamente. Seus registros são mantidos.
# $org is the organisation's code, such as BRA.
admin-orgs-deactivate = Desativar { $org }
admin-orgs-activate = Ativar { $org }
admin-orgs-own = Esta é a sua própria organização; outro administrador deve desativá-la.

# The organisation form
# $org is the organisation's code (in the page title) or its name (in the heading).
admin-orgs-edit-title = Editar { $org }
admin-orgs-conflict = Outra pessoa salvou esta organização antes
admin-orgs-country-none = nenhum
admin-orgs-code-help = Curto, usado nos endereços e ao telefone: BRA, CCIB, UNODC.
admin-orgs-country-label = País (código ISO, somente para organizações do tipo país)
admin-orgs-time-zone-help = A hora local da organização é exibida na página de plantão, e os plantões são registrados nesse fuso.
admin-orgs-submit = Adicionar organização

# Confirmations; $org is the organisation's code, such as PHL.
admin-orgs-created = Organização { $org } criada.
admin-orgs-saved = Organização { $org } salva.
admin-orgs-activated = Organização { $org } ativada.
admin-orgs-deactivated = Organização { $org } desativada.

# The list of accounts
admin-users-title = Gerenciar contas
admin-users-add = Adicionar uma conta
admin-users-all-orgs = Todas as organizações
admin-users-search = Nome ou e-mail contém
admin-users-include-inactive = Incluir contas desativadas
admin-users-filter = Filtrar
# In Portuguese 0 counts as "one": [0] keeps the plural.
admin-users-count = { $count ->
    [0] { $count } contas
    [one] { $count } conta
    [many] { $count } de contas
   *[other] { $count } contas
}
# When there are more accounts than were counted: "1000+ contas".
admin-users-count-more = { $count }+ contas
admin-users-table-label = Contas
# After "Ativa" in the list of accounts.
admin-users-must-change-password = deve alterar a senha

# One account
admin-users-password = Senha
# $when is a date and time.
admin-users-password-changed = alterada em { $when }
admin-users-password-must-change = deve ser alterada no próximo acesso
admin-users-created-at = Criada em
admin-users-reset-heading = Redefinir a senha
admin-users-reset-help = Define uma senha temporária e encerra as sessões da conta em todos os lugares; a pessoa deverá escolher a própria senha no próximo acesso.
admin-users-temporary-password = Senha temporária
admin-users-reset-submit = Definir senha temporária
# A link to /account/password, shown to administrators on their own account's page.
admin-users-own-password = Para alterar sua própria senha, use a página da sua conta.
admin-users-deactivate-help = A desativação encerra imediatamente as sessões da conta e a impede de entrar; seu histórico é mantido.
admin-users-deactivate = Desativar esta conta
admin-users-own-account = Você não pode desativar sua própria conta.
admin-users-activate = Ativar esta conta

# The account form
# $name is the person's name.
admin-users-edit-title = Editar { $name }
admin-users-conflict = Outra pessoa salvou esta conta antes
admin-users-administrator = Administrador
admin-users-full-name = Nome completo
admin-users-email-address = Endereço de e-mail
admin-users-choose-org = Escolha…
admin-users-admin-label = Administrador (gerencia organizações e contas; somente em organizações do tipo coordenador)
admin-users-password-help = Pelo menos 12 caracteres. Informe-a à pessoa por telefone ou pessoalmente; ela deverá substituí-la no primeiro acesso.
admin-users-submit = Adicionar conta

# Beside the account form's fields
admin-users-org-missing = Escolha a organização da pessoa.
admin-users-org-unknown = Escolha uma organização da lista.
admin-users-admin-outside-coordination = Somente membros de uma organização do tipo coordenador podem ser administradores.
admin-users-email-taken = Outra conta já usa este endereço de e-mail.
admin-users-own-admin-rights = Você não pode remover seus próprios direitos de administrador; peça a outro administrador.

# Confirmations; $email is the account's email address.
admin-users-created = Conta { $email } criada. Informe a senha temporária à pessoa por telefone ou pessoalmente; ela deverá alterá-la no primeiro acesso.
admin-users-saved = Conta { $email } salva.
admin-users-activated = Conta { $email } ativada.
admin-users-deactivated = Conta { $email } desativada.
admin-users-password-reset = Senha temporária definida para { $email }; a pessoa deverá alterá-la no próximo acesso.

## Segundo fator de uma conta
admin-users-second-factor = Segundo fator
admin-users-second-factor-since = Configurado em { $date }
admin-users-second-factor-none = Não configurado
admin-users-second-factor-reset-heading = Redefinir o segundo fator
admin-users-second-factor-reset-help = Em caso de celular perdido ou substituído: o autenticador e os códigos de recuperação da conta deixam de funcionar e suas sessões são encerradas. Verifique quem está fazendo o pedido antes de redefinir. A pessoa configura um novo segundo fator no próximo acesso.
admin-users-second-factor-reset-submit = Redefinir o segundo fator
admin-users-second-factor-reset = O segundo fator de { $email } foi redefinido; a pessoa configura um novo no próximo acesso.
