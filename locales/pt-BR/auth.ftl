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
auth-demo-second-factor-off = Este é um portal de demonstração: aqui o segundo fator é opcional. Um portal real solicita a todas as contas um código de um aplicativo autenticador.

## Segunda etapa do acesso: o código
auth-code-title = Informe seu código
auth-code-intro = Sua senha está correta. Abra o aplicativo autenticador no seu celular e informe o código de seis dígitos que ele mostra para o Liaison.
auth-code-label = Código
auth-code-hint = Sem o celular, informe um dos seus códigos de recuperação.
auth-code-submit = Entrar
auth-code-other-account = Entrar com outra conta
auth-code-missing = Informe o código do seu aplicativo autenticador ou um código de recuperação.
auth-code-wrong = O código está incorreto ou já foi usado. Informe o código que seu aplicativo mostra agora.
# In Portuguese 0 counts as "one": [0] keeps the plural.
auth-recovery-code-used = Você entrou com um código de recuperação; { $left ->
        [0] restam { $left } códigos não utilizados.
        [one] resta um código não utilizado.
       *[other] restam { $left } códigos não utilizados.
    } Na página da sua conta, você pode emitir um novo conjunto.
