# O painel e os nomes dos perfis.

role-admin = Administrador
role-coordinator = Coordenador
role-country-member = Membro de país
role-observer = Observador
dashboard-role-admin = Você coordena todos os espaços de trabalho e gerencia organizações e contas.
dashboard-role-coordinator = Você vê todos os espaços de trabalho, distribui o trabalho entre as organizações e consulta o registro de auditoria.
dashboard-role-country-member = Você trabalha no espaço de trabalho do seu país: os itens de ação, os pontos de contato e os pedidos de resgate dos seus nacionais.
dashboard-role-observer = Você consulta todos os espaços de trabalho; os dados pessoais das vítimas ficam ocultos para você, e você não altera nada.

dashboard-welcome = Boas-vindas, { $name }
dashboard-your-organisation = Sua organização
# $kind é o tipo da organização (Coordenador, País, Observador).
dashboard-org-kind = Tipo de organização: { $kind }
dashboard-org-kind-country = Tipo de organização: { $kind }, país { $country }
dashboard-members = { $count ->
    [0] { $count } membros ativos
    [one] { $count } membro ativo
    [many] { $count } de membros ativos
   *[other] { $count } membros ativos
}
dashboard-open-workspace = Abrir o espaço de trabalho
dashboard-what-you-can-do = O que você pode fazer
dashboard-create-item = Criar um item de ação
dashboard-who-to-call = Para quem ligar agora
dashboard-contact-points = Pontos de contato
dashboard-org-directory = Diretório das organizações participantes
dashboard-your-account = Sua conta, senha e sessões
dashboard-owed-by = A cargo de { $org }
dashboard-referrals-none = Nenhum encaminhamento de fronteira aguarda confirmação de recebimento.
dashboard-referrals-awaiting = { $count ->
    [one] { $count } encaminhamento aguarda confirmação de recebimento
   *[other] { $count } encaminhamentos aguardam confirmação de recebimento
}
dashboard-referrals-late = { $count } com o prazo vencido
dashboard-referrals-escalated = { $count } no quadro de escalonamento
dashboard-referrals-awaiting-more = Mais de { $count } encaminhamentos aguardam confirmação de recebimento
dashboard-referrals-late-more = mais de { $count } com o prazo vencido
dashboard-referrals-escalated-more = mais de { $count } no quadro de escalonamento
