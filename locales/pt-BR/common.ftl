# O que todas as páginas compartilham: o layout, a navegação, a paginação, as páginas de erro,
# as mensagens ao lado dos campos de formulário e os nomes de situações e tipos que várias
# áreas mostram.

app-name = Liaison
layout-skip-link = Ir para o conteúdo principal
layout-nav-account = Conta
layout-nav-main = Menu principal
layout-sign-out = Sair
layout-sign-in = Entrar
nav-dashboard = Painel
nav-action-items = Itens de ação
nav-contacts = Contatos
nav-rescue-requests = Pedidos de resgate
nav-referrals = Encaminhamentos de fronteira
nav-meetings = Reuniões
nav-on-duty = De plantão agora
nav-orgs = Organizações
nav-audit = Registro de auditoria
nav-admin-orgs = Gerenciar organizações
nav-admin-rescue-areas = Áreas de resgate
nav-admin-referrals = Prazos dos encaminhamentos
nav-admin-emails = E-mails
nav-notifications = Notificações
nav-notifications-unread =
    { $count ->
        [one] uma não lida
       *[other] { $count } não lidas
    }
nav-admin-users = Gerenciar contas
layout-footer = Liaison · coordenação entre a Polícia Real Tailandesa, as embaixadas e o UNODC contra os centros de golpes e o tráfico de pessoas.
layout-footer-time-zone = Os horários são exibidos no fuso { $zone }.
layout-language = Idioma

pager-label = Páginas
pager-newest = ← Mais recentes
pager-previous = ← Anterior
pager-older = Mais antigos →
pager-next = Próxima →
common-page-of = Página { $page } de { $pages }
common-page-of-more = Página { $page } de { $pages }+

# Páginas de erro
error-status = Erro { $status }
error-reference = Referência:
error-back-to-dashboard = Voltar ao painel
error-not-found-title = Página não encontrada
error-not-found-text = Não há nada aqui, ou você não tem acesso a esta página. Verifique o endereço ou volte ao seu painel.
error-forbidden-title = Não permitido
error-forbidden-text = Seu perfil não permite esta ação. Se precisar dela, peça a um coordenador ou a um administrador.
error-bad-request-title = Não foi possível ler a solicitação
error-bad-request-text = Algo no que foi enviado estava malformado ou grande demais. Volte, confira o formulário e tente novamente.
error-csrf-title = O formulário expirou
error-csrf-text = Por segurança, o formulário não pôde ser aceito: estava expirado ou veio de outro site. Volte, recarregue a página e envie novamente.
error-duplicate-title = Já em uso
error-duplicate-text = Outra pessoa acabou de salvar o mesmo código ou endereço de e-mail. Volte, recarregue a página e escolha outro.
error-unavailable-title = Temporariamente indisponível
error-unavailable-text = O portal não consegue acessar o banco de dados no momento. Tente novamente em um minuto; se o problema continuar, ligue para o administrador de plantão.
error-internal-title = Algo deu errado
error-internal-text = Um erro inesperado interrompeu esta solicitação e nada foi alterado. Tente novamente; se acontecer de novo, avise um administrador e informe a referência abaixo.
error-method-title = Não disponível desta forma
error-method-text = Este endereço não pode ser usado assim. Volte e use os links e botões da página.

# Ao lado dos campos de formulário
field-too-long = Use no máximo { $max } caracteres.
field-no-line-breaks = Remova as quebras de linha e os caracteres de controle.
field-no-control-characters = Remova os caracteres de controle.
field-date-format = Informe uma data como 2026-12-31.
field-name-missing = Informe um nome.
field-time-zone-unknown = Escolha um fuso horário da lista, como Asia/Bangkok.
field-email-missing = Informe um endereço de e-mail.
field-email-too-long = Um endereço de e-mail tem no máximo 254 caracteres.
field-email-invalid = Informe um endereço de e-mail como name@embassy.example.
field-org-kind-unknown = Escolha coordenador, país ou observador.
field-org-code-invalid = Use de 2 a 16 letras, algarismos ou hifens, começando por uma letra (por exemplo, BRA ou CCIB).
field-country-code-invalid = Use o código ISO do país, com duas letras (por exemplo, BR ou TZ).
field-password-too-short = Use pelo menos { $min } caracteres; algumas palavras sem relação entre si formam uma senha forte e fácil de lembrar.
field-password-common = Esta senha está em uma lista de senhas muito usadas; escolha outra.
field-password-has-email = Não use seu endereço de e-mail na senha.
field-phone-invalid = Este não é um número de telefone válido. Escreva-o com o código do país, como +66 2 123 4567.
field-phone-missing = Informe um número de telefone, como +66 2 123 4567.
field-phone-characters = Um número de telefone só pode conter algarismos, espaços, hifens, pontos, parênteses e um + inicial.
field-languages-too-many = Liste no máximo { $max } idiomas (você listou { $count }). Mantenha os que o contato usa no plantão.
field-languages-unknown = { $count ->
    [one] Idioma desconhecido: { $listed }. Use códigos de duas letras, como th, en, pt.
    [many] Idiomas desconhecidos: { $listed }. Use códigos de duas letras, como th, en, pt.
   *[other] Idiomas desconhecidos: { $listed }. Use códigos de duas letras, como th, en, pt.
}
field-status-unknown = Escolha uma situação da lista.
field-priority-unknown = Escolha baixa, normal, alta ou urgente.
field-visibility-unknown = Escolha compartilhado ou restrito.

# Nomes que várias áreas mostram
org-kind-coordinator = Coordenador
org-kind-country = País
org-kind-observer = Observador
status-open = Aberto
status-in-progress = Em andamento
status-blocked = Bloqueado
status-done = Concluído
status-cancelled = Cancelado
priority-low = Baixa
priority-normal = Normal
priority-high = Alta
priority-urgent = Urgente
visibility-shared = Compartilhado com todos os participantes
visibility-restricted = Restrito às organizações responsáveis, aos coordenadores e aos observadores
