/**
 * The desk's .xlsx on WeChat: the cloud function wrote it to cloud storage;
 * download it and open it with wx.openDocument (its menu forwards it to a chat).
 * Against the local server in development the file comes inline: written to
 * the mini-program's own folder first.
 */
import Taro from '@tarojs/taro'
import type { ExportAnswer } from './desk'

export async function openExport(file: ExportAnswer): Promise<string | null> {
  try {
    let filePath: string
    if (file.fileID) filePath = (await Taro.cloud.downloadFile({ fileID: file.fileID })).tempFilePath
    else if (file.base64) {
      filePath = `${Taro.env.USER_DATA_PATH}/desk-export.xlsx`
      await new Promise<void>((resolve, reject) =>
        Taro.getFileSystemManager().writeFile({ filePath, data: file.base64!, encoding: 'base64', success: () => resolve(), fail: reject }),
      )
    } else return '导出失败，请重试'
    await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true })
    return null
  } catch {
    return '文件已导出，但无法打开，请稍后再试'
  }
}
