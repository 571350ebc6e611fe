/**
 * Corrections to decap-cms-locales' Russian (3.8.2): typos («Cтатус» with a Latin C, «По
 * убывания»), machine-like phrases («Проверить предварительный просмотр»), counts that cannot
 * agree with their number (said as «элементов должно быть не меньше 1»), a full-width «＋» that
 * many fonts draw as a box, English left in place, and «Изменения сохранены» over a new, empty
 * entry (Decap shows it whenever nothing is unsaved; «Несохранённых изменений нет» is true in
 * both cases). Merged over Decap's own phrases, so a phrase added upstream still shows.
 */
export const RUSSIAN_OVERRIDES = {
  // decap-cms-locales has no Russian for Forgejo's login button: it said «Login with Forgejo».
  auth: { loggingIn: 'Вход…', loginWithForgejo: 'Войти через Forgejo' },
  app: {
    header: { content: 'Записи', quickAdd: 'Создать' },
    app: {
      checkConfigYml: 'Настройки редактора собираются из схемы содержимого (apps/admin/src/config); сообщите разработчику.',
      waitingBackend: 'Ожидание ответа сервера редактирования…',
    },
  },
  collection: {
    sidebar: { collections: 'Коллекции', searchAll: 'Искать во всех разделах', searchIn: 'Искать в разделе' },
    collectionTop: {
      newButton: 'Создать: %{collectionLabel}',
      newButtonAriaLabel: 'Создать запись: %{collectionLabel}',
      descending: 'По убыванию',
      searchResults: 'Найдено по запросу «%{searchTerm}»',
      searchResultsInCollection: 'Найдено по запросу «%{searchTerm}» в разделе «%{collection}»',
    },
    entries: { cachingEntries: 'Загрузка всех записей раздела…', longerLoading: 'Это может занять до минуты' },
    groups: { other: 'Прочее', negateLabel: 'Не «%{label}»' },
    defaultFields: { updatedOn: { label: 'Дата изменения' } },
  },
  editor: {
    editorControl: { field: { optional: 'необязательно' } },
    editorControlPane: {
      widget: {
        required: 'Заполните поле «%{fieldLabel}».',
        regexPattern: 'Поле «%{fieldLabel}»: %{pattern}.',
        processing: 'Поле «%{fieldLabel}» обрабатывается…',
        range: 'Поле «%{fieldLabel}»: значение должно быть от %{minValue} до %{maxValue}.',
        min: 'Поле «%{fieldLabel}»: значение должно быть не меньше %{minValue}.',
        max: 'Поле «%{fieldLabel}»: значение должно быть не больше %{maxValue}.',
        rangeCount: '«%{fieldLabel}»: элементов должно быть от %{minCount} до %{maxCount}.',
        rangeCountExact: '«%{fieldLabel}»: элементов должно быть ровно %{count}.',
        rangeMin: '«%{fieldLabel}»: элементов должно быть не меньше %{minCount}.',
        rangeMax: '«%{fieldLabel}»: элементов должно быть не больше %{maxCount}.',
        invalidPath: 'Путь «%{path}» содержит ошибки',
        pathExists: 'Путь «%{path}» уже существует',
      },
    },
    editor: { onLeavePage: 'Уйти со страницы? Несохранённые изменения пропадут.' },
    editorInterface: { togglePreview: 'Показать или скрыть предпросмотр', toggleScrollSync: 'Прокручивать вместе' },
    editorToolbar: {
      publishAndCreateNew: 'Опубликовать и создать ещё',
      status: 'Статус: %{status}',
      backCollection: 'Раздел «%{collectionLabel}»',
      unsavedChanges: 'Есть несохранённые изменения',
      changesSaved: 'Несохранённых изменений нет',
      deployPreviewPendingButtonLabel: 'Проверить, готова ли страница на сайте',
      deployPreviewButtonLabel: 'Открыть на сайте',
      deployButtonLabel: 'Открыть на сайте',
    },
    editorWidgets: {
      list: { add: 'Добавить в список «%{item}»', addType: 'Добавить: %{item}' },
    },
  },
  // «Идёт поиск…» is the media search field's placeholder: it said a search was running before anything was typed.
  mediaLibrary: { mediaLibraryModal: { loading: 'Загрузка медиафайлов…', private: 'Личные ', search: 'Искать по имени файла' } },
  ui: {
    toast: {
      missingRequiredField: 'Не все обязательные поля заполнены: они отмечены красным. Заполните их и сохраните снова.',
      onBackendDown: 'Сервер редактирования не отвечает. Подробности: %{details}',
    },
  },
  workflow: {
    workflowList: { currentEntries: '%{smart_count} запись |||| %{smart_count} записи |||| %{smart_count} записей' },
  },
};
