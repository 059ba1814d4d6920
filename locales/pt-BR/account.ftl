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

## Segundo fator
account-mfa-heading = Segundo fator
account-mfa-on = Para entrar, são solicitados sua senha e um código do seu aplicativo autenticador.
account-mfa-off = Para entrar, é solicitada somente sua senha. Adicione um código de um aplicativo autenticador, para que uma senha roubada não seja suficiente.
account-mfa-manage = Segundo fator e códigos de recuperação
account-mfa-set-up = Configurar um segundo fator
account-mfa-title = Segundo fator
account-mfa-required = Este portal exige um segundo fator para sua conta. Configure-o agora para continuar.
account-mfa-intro = Você precisa de um aplicativo autenticador no seu celular, como FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator.
account-mfa-step-scan = No aplicativo, adicione uma conta e escaneie este código QR.
account-mfa-step-type = Ou, se não conseguir escaneá-lo, digite esta chave no aplicativo (baseada em tempo, seis dígitos):
account-mfa-step-confirm = Informe o código de seis dígitos que o aplicativo mostra agora para o Liaison.
account-mfa-qr-label = Código QR para adicionar sua conta do Liaison a um aplicativo autenticador
account-mfa-code-label = Código do aplicativo
account-mfa-confirm-submit = Ativar o segundo fator
account-mfa-code-missing = Informe o código que o aplicativo mostra.
account-mfa-code-wrong = O código está incorreto ou já foi usado. Informe o código que o aplicativo mostra agora.
account-mfa-codes-heading = Seus códigos de recuperação
account-mfa-codes-intro = O segundo fator está ativado. Estes dez códigos de recuperação são exibidos somente esta vez.
account-mfa-codes-keep = Cada código permite entrar uma vez sem o celular. Imprima-os ou guarde-os em um gerenciador de senhas, longe do seu celular.
account-mfa-codes-done = Guardei meus códigos de recuperação
account-mfa-enrolled-since = Seu segundo fator está ativado desde { $date }.
account-mfa-codes-left = Códigos de recuperação não utilizados: { $left } de { $total }.
account-mfa-renew-heading = Novos códigos de recuperação
account-mfa-renew-help = Um novo conjunto substitui o anterior: os códigos antigos deixam de funcionar. Informe um código do seu aplicativo para confirmar.
account-mfa-renew-submit = Emitir novos códigos de recuperação
account-mfa-lost-phone = Celular novo ou perdido? Um administrador pode redefinir seu segundo fator; depois, você o configura novamente no próximo acesso.
