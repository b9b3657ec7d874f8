<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "jsm2fa-a11y.ftl" as a11y>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('answers'); section>
<!-- template: jsm2fa-security-questions-login.ftl -->
    <#if section = "header">
        ${msg("securityQuestionsLoginTitle")}
    <#elseif section = "form">
        <@a11y.attemptedUsernameLabel />
        <form
            id="jsm2fa-security-questions-login-form"
            class="${properties.kcFormClass!}"
            action="${url.loginAction}"
            method="post"
            novalidate>
            <p id="jsm2fa-security-questions-intro">${msg("securityQuestionsLoginIntro")}</p>
            <#assign answersError = messagesPerField.getFirstError('answers')>
            <#list securityQuestions.slots as slot>
                <div class="${properties.kcFormGroupClass!}">
                    <div class="${properties.kcFormGroupLabelClass!}">
                        <label for="${slot.answerField}" class="${properties.kcFormLabelClass!}">
                            <span class="${properties.kcFormLabelTextClass!}">${advancedMsg(slot.question.text)}</span>
                        </label>
                    </div>
                    <span class="${properties.kcInputClass!} <#if answersError?has_content>${properties.kcError!}</#if>">
                        <input
                            id="${slot.answerField}"
                            name="${slot.answerField}"
                            type="password"
                            autocomplete="off"
                            autocapitalize="off"
                            spellcheck="false"
                            <#if slot?is_first>autofocus</#if>
                            <#if answersError?has_content>aria-invalid="true" aria-describedby="input-error-answers"</#if>/>
                    </span>
                </div>
            </#list>
            <#if answersError?has_content>
                <div class="${properties.kcFormHelperTextClass!}" aria-live="polite">
                    <div class="${properties.kcInputHelperTextClass!}">
                        <div class="${properties.kcInputHelperTextItemClass!} ${properties.kcError!}" id="input-error-answers">
                            <span class="${properties.kcInputErrorMessageClass!}">${kcSanitize(answersError)?no_esc}</span>
                        </div>
                    </div>
                </div>
            </#if>

            <@buttons.loginButton />
        </form>
    </#if>
</@layout.registrationLayout>
