# A conta do próprio usuário conectado: /account e /account/password.

account-title = Sua conta
account-profile = Perfil
account-name = Nome
account-email = E-mail
account-organisation = Organização
account-change-password = Alterar sua senha

account-language = Idioma
account-language-label = Exibir o portal em
account-language-browser = Idioma do navegador
account-language-help = Quando você não escolhe nenhum, é usado o idioma solicitado pelo seu navegador. Nomes, observações e tudo o que as pessoas digitaram ficam como foram escritos.
account-language-save = Salvar idioma
# $language é o nome do idioma no próprio idioma (Português (Brasil), English, ไทย…).
account-language-saved = O portal agora é exibido em { $language }.
account-language-browser-saved = O portal agora segue o idioma do seu navegador.

account-time-zone = Fuso horário
account-time-zone-label = Exibir horários no fuso
account-time-zone-save = Salvar fuso horário
account-time-zone-saved = Os horários agora são exibidos no fuso { $zone }.

account-sessions = Sessões ativas
account-sessions-help = Todos os navegadores em que sua conta está conectada. Encerre as sessões que você não reconhecer e depois altere sua senha.
account-sessions-label = Suas sessões
account-session-signed-in = Entrada
account-session-last-active = Última atividade
account-session-from = Origem
account-session-browser = Navegador
account-session-action = Ação
account-session-unknown = desconhecido
account-session-sign-out-this = Sair (este navegador)
account-session-sign-out = Encerrar sessão
account-session-signed-out = A sessão foi encerrada.

account-password-title = Alterar sua senha
account-password-forced = Um administrador definiu uma senha temporária para sua conta. Escolha sua própria senha para continuar.
account-password-help = Use pelo menos 12 caracteres. Algumas palavras sem relação entre si formam uma senha forte e fácil de lembrar. A alteração encerra as sessões da sua conta em todos os outros lugares.
account-current-password = Senha atual
account-new-password = Nova senha
account-confirm-password = Nova senha, novamente
account-password-submit = Alterar senha
account-passwords-differ = As duas novas senhas são diferentes; digite a mesma senha duas vezes.
account-password-unchanged = Escolha uma senha diferente da atual.
account-current-password-missing = Informe sua senha atual.
account-current-password-wrong = Esta não é sua senha atual.
account-password-changed = Sua senha foi alterada. As outras sessões da sua conta foram encerradas.
