# Entrar e sair.

auth-title = Entrar
auth-heading = Entrar no Liaison
auth-audience = Para a Polícia Real Tailandesa, as embaixadas dos países participantes e o UNODC.
auth-email = Endereço de e-mail
auth-password = Senha
auth-submit = Entrar
auth-forgotten = Esqueceu a senha? Ligue para o administrador do Liaison na sua organização; ele pode definir uma senha temporária.
auth-signed-out = Você saiu do Liaison.
auth-bad-credentials = O endereço de e-mail ou a senha está incorreto. Verifique os dois e tente novamente.
auth-missing-credentials = Informe seu endereço de e-mail e sua senha.
auth-too-many-failures = Muitas tentativas de acesso sem sucesso. Aguarde { $minutes } minutos e tente novamente, ou peça a um administrador que redefina sua senha.
auth-too-many-at-once = Muitas tentativas de acesso neste momento. Aguarde um minuto e tente novamente.
auth-locked-out = Muitas senhas incorretas. Aguarde um pouco e tente novamente.
auth-busy = Muitas tentativas neste momento. Aguarde um minuto e tente novamente.
