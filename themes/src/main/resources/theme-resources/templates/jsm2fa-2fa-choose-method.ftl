<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "jsm2fa-a11y.ftl" as a11y>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('method'); section>
<!-- template: jsm2fa-2fa-choose-method.ftl -->
    <#if section = "header">
        ${msg("policyChooseTitle")}
    <#elseif section = "form">
        <@a11y.attemptedUsernameLabel />
        <form
            id="jsm2fa-choose-method-form"
            class="${properties.kcFormClass!}"
            action="${url.loginAction}"
            method="post"
            novalidate>
            <p id="jsm2fa-choose-method-intro">${msg("policyChooseIntro")}</p>
            <#if twoFactorChoice.canPostpone>
                <p id="jsm2fa-grace-left">
                    <#if twoFactorChoice.graceLoginsLeft gt 0>
                        ${msg("policyGraceLoginsLeft", twoFactorChoice.graceLoginsLeft)}
                    </#if>
                    <#if twoFactorChoice.graceUntil??>
                        ${msg("policyGraceUntil", twoFactorChoice.graceUntil)}
                    </#if>
                </p>
            </#if>
            <#assign methodError = messagesPerField.getFirstError('method')>
            <fieldset
                class="${properties.kcFormGroupClass!}"
                <#if methodError?has_content>aria-invalid="true" aria-describedby="input-error-method"</#if>>
                <legend class="${properties.kcFormLabelClass!}">${msg("policyChooseLegend")}</legend>
                <#list twoFactorChoice.methods as option>
                    <div class="pf-v5-c-radio">
                        <input
                            class="pf-v5-c-radio__input"
                            type="radio"
                            id="method-${option.value}"
                            name="method"
                            value="${option.value}"
                            <#if option?is_first>checked</#if>/>
                        <label class="pf-v5-c-radio__label" for="method-${option.value}">${msg(option.labelKey)}</label>
                        <span class="pf-v5-c-radio__description">${msg(option.helpKey)}</span>
                    </div>
                </#list>
            </fieldset>
            <#if methodError?has_content>
                <div class="${properties.kcFormHelperTextClass!}" aria-live="polite">
                    <div class="${properties.kcInputHelperTextClass!}">
                        <div class="${properties.kcInputHelperTextItemClass!} ${properties.kcError!}" id="input-error-method">
                            <span class="${properties.kcInputErrorMessageClass!}">${kcSanitize(methodError)?no_esc}</span>
                        </div>
                    </div>
                </div>
            </#if>

            <@buttons.actionGroup>
                <@buttons.button id="jsm2fa-enroll" name="enroll" label="policyEnrollNow" />
                <#if twoFactorChoice.canPostpone>
                    <@buttons.button id="jsm2fa-later" name="later" label="policyEnrollLater" type="secondary" />
                </#if>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
